"""Person names found by where they stand, not by what they are: after a title, after a
role word ("emergency contact", "referred by", "Regards,"), in e-mail headers, chat speaker
tags and a table's name column, and as "SURNAME, Given". Pure `re`, no NLP, no name lists:
the culture of a name does not matter, only its position. spaCy's finds are added to these
in `text.py`, and every other mention of a found name is masked there too.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction import fast_regex
from app.redaction.field_names import field_kind
from app.redaction.name_forms import (
    COMMON,
    arabic_name_forms,
    initials_without_dots,
    key_value_people,
    lower_case_intros,
    lower_case_speakers,
    reporting_subjects,
)
from app.redaction.name_records import names_in_records
from app.redaction.patterns import MONTHS, WEEKDAYS
from app.redaction.record_numbers import WORDS as IDENTIFIER_WORDS
from app.redaction.spans import Span
from app.redaction.surname_sets import CHINESE_LATIN, KOREAN_LATIN
from app.redaction.tables import NAME_CELL
from app.redaction.transcript_roles import is_transcript_role, only_roles
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "PERSON"
# A capitalised word as a name line writes it, in any alphabet with cases (the first letter
# no lower case: `re`'s classes need a-z and ß-ÿ named), with its apostrophe or hyphen
# parts ("O'Neill", "Hassan-Ali"); for `re` patterns of the name finders.
CAPITALISED_WORD: Final = r"[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’-][^\W\d_]+)*"


# Titles and forms of address, in the languages the address recognizers know.
TITLES: Final = (
    "Dr|Dr\\.med|Drs|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lady|Lord|Rev|Revd|Fr|"
    "Herr|Frau|Hr|M\\.|MM\\.|Mme|Mlle|Mmes|Maître|Sr|Sra|Srta|Sres|Don|Doña|Dña|Dra|"
    "Señor|Señora|Señorita|Sig|Sig\\.ra|Sig\\.na|Signor|Signora|Signorina|Dott|Dott\\.ssa|"
    "Dottor|Dottore|Dottoressa|Senhor|Senhora|Doutor|Doutora|Pan|Pani|Panna|Państwo|"
    "Dhr|Mevr|Mw|Bay|Bayan|Sayın|Ông|Bà|Anh|Chị|Cô|Madame|Monsieur|Mademoiselle|Capt|"
    "Captain|Col|Sgt|Lt|Cpl|Pte|Major|Nurse|Sister|Father|Rabbi|Imam|Judge|Hon|Doktor|GP|"
    "Mevrouw|Meneer|Mijnheer|Heer|Shri|Smt|Srimati|Kumari|Tuan|Puan|Encik|"
    "Bapak|Ibu|Khun|Domnul|Doamna|Fru|Herra|Rouva|Gospodin|Gospođa|Pán|Paní|Kyrios|Kyria|"
    "Sheikh|Hajji|Ustaz|Mister|Frk|"
    # Judges' titles as court papers abbreviate them: the US Immigration Judge and
    # Administrative Law Judge (EOIR, 8 CFR 1003.10; 5 U.S.C. 3105), England's His or Her
    # Honour Judge ("Hearing before IJ Okafor", "HHJ Lawson").
    "IJ|ALJ|HHJ|"
    # Czech and Slovak academic titles written before the name (Czech Act 111/1998 Coll.
    # on higher education, s. 46; Slovak Act 131/2002 Coll.)
    "MUDr|MDDr|MVDr|PharmDr|JUDr|PhDr|RNDr|PaedDr|ThDr|Mgr|MgA|Ing|BcA|Bc|"
    # US police reports' officer and trooper ("Ofc. Reyes #4471", "Tpr Dunn"); the
    # Cyrillic doctor, Mr, Mrs of Bulgarian and Russian letters ("д-р Иванов", "г-жа Петрова")
    "Ofc|Ofcr|Tpr|д-р|Д-р|г-н|Г-н|г-жа|Г-жа"
)
# Professional titles that Italian and Spanish-speaking papers write before a name, always
# with their dot: Avvocato, Geometra, Ragioniere; Licenciado/a, Arquitecto/a, Abogado/a
# ("Avv. Bianchi", "Lic. Ramírez", "Licda. Solís"); the Polish police's sergeant and
# aspirant ("sierż. Nowak", "st. asp. Wójcik").
# Italian prose writes its professional titles in lower case after an elided article
# ("assistito dall'avv. Bianchi", "l'ing. Ferri", "del geom. Rota").
_DOTTED_TITLES: Final = (
    "Avv|Geom|Rag|Lic|Licda|Lcdo|Lcda|Arq|Abog|sierż|Sierż|asp|Asp|avv|geom|rag|ing|arch"
)
_TITLE_SET: Final = frozenset(
    t.replace("\\", "").rstrip(".").casefold() for t in TITLES.split("|")
) | {
    "me",  # Maître (see `_MAITRE`): never part of the name
    "mes",
    *_DOTTED_TITLES.casefold().split("|"),
}


def is_title(word: str) -> bool:
    """True when `word` (with or without its dot and spaces) is a title like "Dr." or "Frau"."""
    return word.strip().rstrip(".").casefold() in _TITLE_SET


# Notes also write the short titles in lower case, always with their dot ("dhr. Jansen",
# "mw. de Vries", "dr. Okafor"); a lower-case "pan" or "ibu" without one is a word.
_LOWER_TITLES: Final = "dhr|mw|mevr|mr|mrs|ms|dr|dra|sr|sra|srta|dott|sig|prof|mme|mlle"
# Maître abbreviated as French, Belgian and Quebec lawyers and notaries write it ("Avocat :
# Me Dubois"), where a field's value or a line starts: elsewhere "Me" is the English word.
_MAITRE: Final = r"(?<=(?:^|[:;(])[ \t]{0,3})Mes?"
# Spanish and Portuguese forms write a title for either gender ("Dr(a). Azoulay", "Sr(a).
# Pinto", "Prof(ª). Lima").
_EITHER_GENDER: Final = r"(?:\((?:a|ra|ª)\))?"
TITLE = fast_regex.compile(
    rf"(?m:(?<![\w.])(?:(?:{TITLES}){_EITHER_GENDER}\.?|(?:{_LOWER_TITLES}|{_DOTTED_TITLES})\.|{_MAITRE})"
    r"(?=[ \t]{1,3}\S))"
)

# Cues after which a name follows with no colon needed.
_KIN = word_list(
    "wife husband partner son daughter mother father brother sister carer caregiver friend "
    "neighbour neighbor colleague manager"
)
# Relatives and members of a household, who stand before their name as the kin words do
# ("lodger \"Zubair\"", "nephew Tariq"). Some are surnames too ("Nom : COUSIN"): they are
# cues, never words barred from a name (`_CUE_WORDS`).
_HOUSEHOLD: Final = word_list(
    """
    lodger landlord landlady flatmate housemate roommate boyfriend girlfriend fiancé
    fiancée fiance fiancee niece nephew cousin uncle aunt auntie grandson granddaughter
    grandmother grandfather grandma grandpa stepson stepdaughter stepmother stepfather
    """
)
# The same in Czech, Slovak and Polish, in the cases a contact line writes them ("Kontakt na
# manželku Jana", "zawiadomiono żonę Annę", "od manžela Petra"); "sestra" is the nurse too.
_SLAVIC_KIN: Final = word_list(
    """
    manžel manžela manželovi manželka manželku manželky manželce družka družku druh druha
    dcera dceru dcéra dcéru otec otce otci matka matku matky sestra sestru bratr bratra
    mąż męża żona żonę żony córka córkę córki ojciec ojca matkę siostra siostrę brat brata
    """
)
# Cues after which a name follows with no colon needed (plain phrases, one per line's
# word group; a trie of them is fast to reject). Dutch and German notes name a doctor by
# the role compound as English ones write "GP" ("afspraak met jeugdarts Vos", "Hausarzt
# Weber").
_STRONG = (
    word_list(
        """
    emergency_contact emergency_contact_is next_of_kin next_of_kin_is nok referred_by
    referral_from signed_by signed_off_by electronically_signed_by
    electronically_signed_off_by signed_for_by dictated_by transcribed_by reviewed_by approved_by
    prepared_by authorised_by authorized_by verified_by seen_by examined_by reported_by
    requested_by ordered_by submitted_by completed_by written_by witnessed_by handled_by
    raised_by cared_for_by accompanied_by praxis
    gez gezeichnet befundet_von validiert_von freigegeben_von unterschrieben_von
    revisado_por firmado_por aprobado_por validado_por verificado_por elaborado_por
    realizado_por redactado_por assinado_por aprovado_por revisto_por révisé_par revu_par
    validé_par signé_par approuvé_par vérifié_par rédigé_par établi_par rivisto_da
    firmato_da approvato_da validato_da verificato_da redatto_da beoordeeld_door
    ondertekend_door goedgekeurd_door gecontroleerd_door geprüft_von erstellt_von
    kind_regards best_regards warm_regards regards sincerely yours_sincerely
    yours_faithfully many_thanks thanks thank_you cheers best_wishes
    cordialement bien_à_vous mit_freundlichen_grüßen mfg viele_grüße atentamente saludos
    cordiali_saluti distinti_saluti atenciosamente met_vriendelijke_groet z_poważaniem
    pozdrawiam saygılarımla trân_trọng liebe_grüße beste_grüße herzliche_grüße
    freundliche_grüße bien_cordialement sincères_salutations salutations un_saludo
    saludos_cordiales cumprimentos met_vriendelijke_groeten vriendelijke_groet groeten
    s_pozdravem s_pozdravom cu_stimă cu_respect med_vänliga_hälsningar vänliga_hälsningar
    hälsningar med_venlig_hilsen venlig_hilsen med_vennlig_hilsen vennlig_hilsen hilsen
    ystävällisin_terveisin terveisin üdvözlettel tisztelettel lep_pozdrav s_poštovanjem
    srdačan_pozdrav hormat_saya salam all_the_best warmly rgds
    dear hi hello hey bonjour hallo hola ciao olá witam merhaba xin_chào
    summary_for discharge_summary_for letter_for on_behalf_of c/o care_of attending
    attending_physician order_for request_for referral_for appointment_for
    prescription_for consult_with consultation_with follow-up_with follow_up_with
    son_of daughter_of wife_of husband_of
    spoke_to spoke_with call_from claimed_to_be claiming_to_be claims_to_be identified_as
    posing_as known_as aka a.k.a. my_name_is name_is this_is i_am i'm check_on
    hi_its hey_its hello_its hi_it's hey_it's hello_it's
    other_driver registered_keeper keeper
    wife husband partner son daughter mother father brother sister guardian carer
    caregiver spouse customer client patient applicant claimant employee insured
    subscriber cardholder account_holder resident tenant driver caller gp
    huisarts jeugdarts kinderarts bedrijfsarts tandarts verpleeghuisarts schoolarts
    hausarzt hausärztin kinderarzt kinderärztin médecin_traitant
    """
    )
    + _HOUSEHOLD
    + _SLAVIC_KIN
    + tuple(f"my_{k}" for k in _KIN)
    + tuple(f"his_{k}" for k in _KIN)
    + tuple(f"her_{k}" for k in _KIN)
)
# Cues that need a colon, dash or "is" before the name ("Patient: ...", "Name - ...").
_WEAK = word_list(
    """
    patient patient's patient_name patient's_name pt name full_name surname last_name
    first_name given_name given_names forename nom prénom nom_de_famille nachname vorname
    name_des_patienten patientin nombre apellido apellidos paciente nome cognome paziente
    naam imię imię_i_nazwisko nazwisko pacjent ad_soyad adı_soyadı hasta họ_tên
    họ_và_tên bệnh_nhân spouse wife husband partner mother father son daughter guardian
    caregiver carer contact contact_person gp physician doctor surgeon consultant nurse
    midwife therapist pharmacist radiologist clinician provider employee employee_name
    staff staff_member manager line_manager supervisor customer customer_name client
    client_name account_holder cardholder applicant claimant insured policyholder
    policy_holder beneficiary subscriber member guarantor agent analyst investigator
    officer requester approver reviewer author witness signature signed attn attention
    subject re from to cc bcc reply-to sender recipient de à para von an van aan od do
    driver referrer referring_physician referring_doctor referring_clinician
    kimden kime từ đến pacient pacientka jméno příjmení jméno_a_příjmení meno priezvisko
    nume prenume nume_și_prenume namn efternamn förnamn navn fornavn etternavn nimi
    etunimi sukunimi név beteg vezetéknév keresztnév ime prezime ime_in_priimek priimek
    vārds uzvārds vardas pavardė eesnimi perekonnanimi nama pangalan ansprechpartner
    kontaktperson personne_à_prévenir nome_completo nombre_completo
    befundet befunder befundender_arzt befundende_ärztin unterschrift
    anhörig anhöriga närmast_anhörig närstående pårørende nærmeste_pårørende omainen
    lähiomainen angehörige angehöriger bezugsperson personne_de_confiance
    persona_di_riferimento familiare_di_riferimento contactpersoon naaste
    osoba_kontaktowa osoba_do_kontaktu persona_de_contacto contacto_de_emergencia
    familiar_responsable familiar_a_cargo persona_responsable acompañante tutor_legal
    responsável familiar_responsável acompanhante pessoa_de_contacto pessoa_de_contato
    director signatory shareholder partner trustee executor proband consultand
    receiver remitter payee payer
    kunde kundin kundenname klant klantnaam klient klientin cliente nome_cliente
    nombre_del_cliente kund kundnamn asiakas müşteri zákazník klientka
    oic officer_in_charge officer_in_the_case
    candidate alias aliases complainant victim suspect
    ide infirmier infirmière aide-soignant aide-soignante sage-femme
    лікар лікарка лікуючий_лікар пацієнт пацієнтка медсестра врач лечащий_врач пациент
    пациентка лекар лекарка пацијент lekarz lekarka lékař lékařka lekár lekárka
    """
)
# (The French nursing record's roles: "IDE", infirmier diplômé d'État, the registered
# nurse who signs a transmission. Then doctor, patient and nurse in Ukrainian, Russian,
# Bulgarian, Serbian, Polish, Czech and Slovak certificates: "Лікар: <surname>".)
CUE = fast_regex.compile(
    rf"(?<![\w])(?i:(?P<strong>{trie_pattern(w.replace('_', ' ') for w in _STRONG)})"
    rf"|(?P<weak>{trie_pattern(w.replace('_', ' ') for w in _WEAK)}))(?![^\W\d_])"
    # A numbered role of a form with several ("Director 1:", "Witness (2):", "Guarantor #2:").
    r"(?:[ \t](?:\d{1,2}|\(\d{1,2}\)|#\d{1,2})(?=[ \t]{0,3}:))?"
    # A plural mark and a gloss in brackets before the colon, as forms write their captions
    # ("Surname(s) (family name(s)):", "First name(s) (given name(s)):").
    r"(?:\(s\))?(?:[ \t]{1,3}\((?:[^()\n]|\([^()\n]{0,6}\)){1,40}\)(?=[ \t]{0,3}[:=]))?"
    # A label written for either sex, its feminine ending in brackets, after a slash or a
    # gender star ("Pacjent(ka):", "Patient(in):", "Patient/-in:", "Kunde*in:", "Patient(e)
    # :", "Klient/ka:"): inclusive form captions of Polish, Czech, German and French forms.
    r"(?:\((?:-?in|-?innen|ka|ki|e|a)\)|/-?(?:in|innen|ka|a|e)|\*(?:in|innen))?"
    # A form's bracketed field ("First name [ Ada ]") sets a value off as a colon does.
    r"(?(strong)[ \t]{0,3}[:,\-–\[]?|[ \t]{0,3}(?:[:\-–=\[]|\bis\b|\bwas\b))"
    r"[ \t]{0,3}(?:\n[ \t]{0,3})?",
    word_led=True,
)
# Every word of a cue phrase ("Cordiali" of "cordiali saluti", "Adı" of "adı soyadı"):
# capitalised at a line start or before a name, they are still not the name.
# "Med" (of "med vänliga hälsningar") is also the Maghreb's abbreviation of Mohamed, written
# before a name ("Med Mounir Karim"): it is no cue word alone.
_CUE_WORDS: Final = frozenset(
    word.casefold().strip("'’")
    for phrase in (*_STRONG, *_WEAK)
    for word in phrase.replace("-", "_").split("_")
    if len(word) >= 2
) - {"med", *_HOUSEHOLD, *_SLAVIC_KIN}


def is_cue_word(word: str) -> bool:
    """True when `word` is a word of a cue phrase (a sign-off, a form label, a role)."""
    return word.casefold().strip(".:,") in _CUE_WORDS


# The cues of one word ("patient", "daughter"), and the phrases of several ("line
# manager", "xin chào"): a word of a phrase is a cue where the phrase stands.
_CUE_ALONE: Final = frozenset(w.casefold() for w in (*_STRONG, *_WEAK) if "_" not in w)
_CUE_PHRASE = fast_regex.compile(
    rf"(?i:{trie_pattern(w.replace('_', ' ') for w in (*_STRONG, *_WEAK) if '_' in w)})"
    r"(?![^\W\d_])",
    word_led=True,
)


def is_cue_at(text: str, start: int, word: str) -> bool:
    """True when `word` at `start` is a cue by itself, or opens a cue phrase there ("Line
    manager"); "Line" of "Line Erling Eliassen" is none."""
    return word.casefold().strip(".:,") in _CUE_ALONE or _CUE_PHRASE.match(text, start) is not None


# Words that are not the start of a name even when capitalised after a cue.
_NOT_NAMES: Final = frozenset(
    word_list(
        """
    a an the he she they we i it you his her their our my your this that these those
    all team everyone colleague colleagues sir madam madame unknown none n/a na nil
    not no yes patient doctor nurse department hospital clinic ward service services
    unit pharmacy reception desk support admin office family friend friends there
    here today tomorrow yesterday monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october
    november december male female mrn dob age sex tel phone email fax address date
    time see per as at on in for of and or with from to by information safety details
    record records portal
    care consent education experience satisfaction survey agreement reference profile
    status list data file notes note summary id number name services support feedback
    advocate relations liaison contact board committee
    specialist practitioner assistant registrar consultant manager director officer
    therapist technician coordinator administrator analyst supervisor receptionist
    what who whom whose which when where why how is are was were do does did
    please thanks thank hello hi hey sorry okay ok
    yeah yep yup nope sure alright um uh oh it's that's i'm i'll i've i'd let's there's
    """
    )
)
# (The last three lines: English interrogatives, auxiliaries, greetings and a call's
# fillers open a speaker's turn in a chat or a transcript, "AGENT: What is your date of
# birth?", "CALLER: Yeah hi", "AGENT: I'll open an appeal"; no given name.)


def is_not_name(word: str) -> bool:
    """True when `word` is a common word that never starts a name ("Patient", "Monday")."""
    return word.casefold() in _NOT_NAMES


# After "Surname," a weekday or a month is a given name ("GARBA, Friday"); these are not.
_NOT_GIVEN: Final = frozenset(
    word_list(
        "mrn dob age sex tel phone email fax address date time patient doctor nurse "
        "first given middle"  # a form's instruction "Name (Last, First)"
    )
)
# Capitalised clinical and office abbreviations that stand before a comma ("MRI, Brain").
_ACRONYMS: Final = frozenset(
    word_list(
        """
        mri ecg ekg eeg emg cxr icu hdu ent gp a&e hiv copd ckd aki uti dvt bmi mrsa
        ivf cpr dnr dob mrn nhs kyc aml pep faq usa eur gbp usd cad aud pdf vip ceo cfo
        hr it pet cta ctpa dexa echo xray
        """
    )
)
_TOKEN = fast_regex.compile(r"[^\W\d_](?:[\w'’]|-(?=[^\W\d_]))*\.?|[^\W\d_]\.")
_PARTICLES: Final = frozenset(
    word_list(
        """
    van von der den de del della di da do dos das du le la ter ten bin ibn al el ap
    ó mac st y e
    """
    )
)


# The rank abbreviations of British and Commonwealth police officers (constable,
# sergeant, inspector and their detective forms), written before the officer's name after
# a cue ("Officer: PC Rasel 98278/J", "OIC: DS Okafor"); only skipped, never a cue.
_RANKS: Final = frozenset(word_list("PC WPC DC PS DS DI DCI DSU DCS Insp Supt Ch.Insp CSupt"))


# The faculty of a German or Austrian doctorate, written after "Dr." ("Dr. med.",
# "Dr. rer. nat.", "Dr. med. dent.", "Dr. h. c."): part of the title, never the name.
_DEGREE_PARTS: Final = frozenset(
    word_list("med dent vet rer nat phil jur oec pol soc theol techn ing sc habil univ h c")
)


# The reply and forward marks mail clients put before a subject, in the languages whose
# clients localise them ("Fw:", "AW:", "WG:", "TR:", "RV:", "SV:", "VS:", "Odp:", "YNT:"):
# after "Subject:" they are no name.
_REPLY_MARKS: Final = frozenset(
    word_list("re fw fwd aw wg tr rv enc res rif sv vs vb vl antw doorst odp pd ynt ilt")
)


# Titles that are names too: Don is an English given name as well as the Spanish and
# Italian title, Major an English surname. After a cue they are the name's first word when
# two more capitalised words follow ("GP: Don Markey Foy": a title takes one name or two
# at most after a cue), or when nothing follows on the line ("Officer MAJOR").
_TITLES_ALSO_NAMES: Final = frozenset(word_list("don major"))
_TWO_CAPITALISED = fast_regex.compile(r"[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}[\p{L}'’-]+")
_LINE_END = fast_regex.compile(r"[ \t]*(?:\r?\n|$)")


def _titled_name(text: str, end: int, folded: str) -> bool:
    """The title word ending at `end` is the name's own word (see `_TITLES_ALSO_NAMES`)."""
    if folded not in _TITLES_ALSO_NAMES:
        return False
    return bool(_TWO_CAPITALISED.match(text, end) or _LINE_END.match(text, end))


def _name_at(text: str, pos: int, *, max_tokens: int = 4) -> tuple[int, int] | None:
    """The run of name tokens starting at `pos` (titles skipped): capitalised words,
    initials, particles inside a name, and one "Surname, Given" comma."""
    start = end = -1
    count = 0
    comma_used = False
    ranked = False  # a rank was skipped: the word after it is the officer's surname
    i = pos
    while count < max_tokens:
        while i < len(text) and text[i] in " \t\"'“‘":
            i += 1
        m = _TOKEN.match(text, i)
        if m is None:
            break
        word = m.group()
        bare = word.rstrip(".")
        folded = bare.casefold()
        degree = start < 0 and word.endswith(".") and folded in _DEGREE_PARTS
        reply = start < 0 and folded in _REPLY_MARKS and text.startswith(":", m.end())
        if reply:  # "Subject: Fw: ...": the mark and its colon
            i = m.end() + 1
            continue
        if start < 0 and _titled_name(text, m.end(), folded):
            pass  # "GP: Don Markey Foy", "Officer MAJOR": a name's word, not its title
        elif start < 0 and (folded in _TITLE_SET or bare in _RANKS or degree):
            # "Mrs Jane Doe", "Officer: PC Rasel": the title or rank is not the name
            ranked = bare in _RANKS
            i = m.end()
            continue
        parts = bare.split("-")
        if len(parts) > 1 and len(parts[0]) > 1 and parts[0].isupper() and parts[-1].islower():
            break  # an acronym's compound, as Dutch and German write one: "AGB-code"
        initial = len(bare) == 1 and word.endswith(".")
        # After a rank even a word or a letter is the surname ("PC I": Korean 이 in the
        # Revised Romanization; "DS Young").
        # ("PC I think so": a lower-case word after the letter makes it the pronoun.)
        after = text[m.end() : m.end() + 2].lstrip(" \t")[:1]
        surname = ranked and start < 0 and bare.isalpha() and not after.islower()
        if surname and len(bare) == 1:
            return m.start(), m.end()  # a one-letter surname closes the name
        acronym = start < 0 and bare.isupper() and len(bare) <= 3 and not initial
        if (
            word[0].isupper()
            and (initial or folded not in _NOT_NAMES or surname)
            and (not acronym or surname)
        ):
            if start < 0:
                start = m.start()
            # an initial keeps its dot; a longer word's dot is a full stop that ends the name
            end = m.end() - 1 if len(bare) > 1 and word.endswith(".") else m.end()
            count += 1
            if end < m.end():
                break
        elif not (start >= 0 and folded in _PARTICLES):  # "van der", "de la" inside a name
            break
        i = m.end()
        if not comma_used and count == 1 and text.startswith(",", i):
            j = i + 1
            while j < len(text) and text[j] in " \t":
                j += 1
            nxt = _TOKEN.match(text, j)
            if (
                nxt
                and nxt.group()[0].isupper()
                and nxt.group().rstrip(".").casefold() not in _NOT_NAMES
            ):
                comma_used = True
                i = j
                continue
            break
    return (start, end) if start >= 0 else None


_REST_OF_LINE = re.compile(r"[ \t]*(?:[,;(|–-][^\n.]{0,40})?(?:\r?\n|$)")


def _after(text: str, regex: fast_regex.Pattern, rule: str) -> list[Span]:
    spans = []
    for m in regex.finditer(text):
        found = _name_at(text, m.end())
        if found is None:
            continue
        # A name on the line after its cue ("Kind regards,\nName") is a signature: it
        # stands alone on its line; "ok thanks\nStarted Rituximab." is a new sentence.
        if "\n" in text[m.start() : found[0]] and not _REST_OF_LINE.match(text, found[1]):
            continue
        spans.append(Span(found[0], found[1], KIND, rule, 0.8))
    return spans


# "Name <name@example.org>" in an address list: the name before the angle bracket.
MAIL_NAME = fast_regex.compile(
    r"(?:^|[:,;][ \t]{0,3})(?:\"([^\"<>\n@]{2,60})\"|([^\"<>\n,;:@]{2,60}?))"
    r"[ \t]{0,3}<[^<>\s@]+@[^<>\s]+>",
    re.M,
)
# "OKAFOR, Adaeze" / "SMITH, JOHN A.": a surname in capitals, a comma, a given name. The
# romanisations of Armenian, Georgian and Arabic mark aspiration, the ayin and the hamza
# with an apostrophe, a backtick or a modifier letter ("ERGHAT`BASHYAN, Hrhip`sime").
# Any capital letter (Unicode Lu): the carons, ogoneks and double acutes of Central
# European surnames too ("BOŽIČ, Stanko", "DVOŘÁK, Jan", "NAGY-KŐVÁRI, Éva").
CAPS_LAST_FIRST = fast_regex.compile(
    r"(?<![\w,])\p{Lu}[\p{Lu}'’`ʼʻʿʾ-]{2,30}"
    # the comma spaced before the given name, or after the surname as labels print it
    # ("BIRCH ,ALMA": the closed-up "BIRCH,ALMA" is name_records.py's)
    r"(?:,[ \t]{1,2}|[ \t],[ \t]{0,2})\p{Lu}[\w'’`ʼʻʿʾ-]{1,30}"
    r"(?:[ \t][A-Z]\.?)?(?![\w])"
)
# A chat line: "[10:32] Anna Kowalska: ...", "[17 May 2024 10:32] Anna: ...",
# "10:32 - Anna: ...", "Anna Kowalska: ...", "anna.k: ...", "Agent Tomás: ...",
# "Helpdesk (Robert): ...", and exports that put the date before the time
# ("12/03/2024, 14:05 - Anna: ...", "06MAY22 08:02 - Anna: ...", "2024-03-12 14:05 Anna: ...",
# "21. May 2025, 21:14 - Anna: ...", "May 21, 2025, 9:14 PM - Anna: ...", with the weekday
# "Friday, 13 September 2019, 21:14 - Anna: ..."). iOS exports open some lines with a
# left-to-right mark (U+200E).
# A date may carry its locale's year mark before the time (CLDR's Russian and Bulgarian
# "г.", Latvian "g.", Lithuanian "m.": a WhatsApp export's "14.09.2023 г., 21:03 - ").
SPEAKER = fast_regex.compile(
    r"^[ \t\u200e\u200f]{0,4}(?P<stamp>(?:\[[^\]\n]{1,40}\]|\(?(?:(?:[^\W\d_]{3,9}\.?,?[ \t])?"
    r"(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|"
    r"\d{1,2}[^\W\d_]{3,4}\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.?[ \t][^\W\d_]{3,9}\.?[ \t]\d{4}|"
    r"[^\W\d_]{3,9}\.?[ \t]\d{1,2},?[ \t]\d{4})(?:[ \t][^\W\d_]{1,2}\.)?,?[ \tT])?"
    r"\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:\s?[AaPp]\.?[Mm]\.?)?\)?)[ \t]{0,3}[-–]?[ \t]{0,3})?"
    r"(?P<name>[^\W\d_][\w'’.-]{0,30}(?:[ \t][^\W\d_][\w'’.-]{0,30}){0,3})"
    # (the bracket may hold a phone number with its own brackets, as E.123's national
    # notation writes an area code: "KYRIAKOS (+1 (212) 555-0147):", "ANA ((212) 555-0147):")
    r"(?:[ \t]{0,2}\((?P<paren>(?:[^()\n]|\([^()\n]{1,8}\)){1,40})\))?"
    r"[ \t]{0,2}:",
    re.M,
)
# An IRC-style chat line: "<gregory> hello", "[09:14] <anna_k> yes".
IRC_SPEAKER = fast_regex.compile(
    r"^[ \t]{0,4}(?P<stamp>\[[^\]\n]{1,40}\][ \t]{0,3})?<(?P<name>[^\W\d_][\w'’.-]{1,30})>[ \t]",
    re.M,
)
_HTML_TAGS: Final = frozenset(
    word_list("br hr li ul ol div span td tr th table html body head em strong pre code")
)
_SPEAKER_ROLES: Final = frozenset(
    word_list(
        """
    agent customer client user system bot assistant support operator caller visitor
    interviewer interviewee speaker moderator host guest me you q a question answer
    patient doctor nurse note notes summary subject date time name dob age sex
    address phone email mrn id status reason outcome action comment comments plan
    assessment diagnosis history medications allergies impression findings result
    results exam indication technique comparison conclusion recommendation
    recommendations disposition vitals labs objective complaint hpi ros pmh psh meds
    signature total amount account policy claim case reference ref type category
    priority owner team department manager employee start end period leave days
    description details decision risk alert transaction merchant card location
    device ip channel re to from cc bcc sent tel fax mobile ward unit room bed
    helpdesk servicedesk service desk it hr admin administrator staff bank
    procedure general social family review physical chief follow up
    ofc officer subj suspect witness victim complainant dispatcher dispatch call-taker
    calltaker deputy trooper
    """
    )
    # the same roles in the chats of other languages (support desks, clinics, banks)
    + word_list(
        """
    operador operadora atendente atendimento cliente clienta agente asesor asesora
    consultor consultora clínica clinica farmácia farmacia suporte soporte
    medewerker klant klantenservice mitarbeiter mitarbeiterin kunde kundin berater
    beraterin opérateur opératrice conseiller conseillère operatore cliente
    оператор клиент клиентка консультант специалист менеджер поддержка бот
    """
    )
)
_NAME_HEADERS = fast_regex.compile(
    r"(?i:(?:patient|employee|customer|client|contact|member|staff|applicant|claimant|"
    r"insured|beneficiary|account\s+holder|card\s?holder|physician|doctor|clinician|nurse|"
    r"provider|manager|owner|requester|approver|reviewer|author|agent|full|first|last|"
    r"given|family|sur|party|attorney|counsel|lawyer|solicitor|defendant|plaintiff|"
    r"petitioner|respondent|appellant|judge|victim|suspect|offender|accused|complainant|"
    r"witness|guardian|parent|spouse|student|tenant|landlord|passenger|traveller|traveler|"
    r"guest|resident|donor|payee|payer|debtor|sender|recipient|"
    # a relative's name on KYC and registration forms ("Father's name", "Mother name")
    r"(?:father|mother|husband|wife|spouse|guardian|parent)(?:['’]s)?)?[ _]?(?:name|names)|"
    r"surname|forename|patient|employee|worker|customer|"
    r"client|nom|prénom|nombre|apellidos?|nome|cognome|naam|nachname|vorname|nazwisko|"
    r"imię|ad[ı]?\s?soyad[ı]?|họ\s?tên|physician|doctor|clinician|nurse|manager|owner|"
    r"reviewer|approver|requester|author|agent|contact|"
    r"(?:approved|signed|reviewed|requested|submitted|prepared|authori[sz]ed|seen|"
    r"referred|assigned|raised)\s+by|assignee|handler|signatory|witness|referrer|"
    r"referring\s+(?:physician|doctor|clinician)|attending|gp|consultant|next\s+of\s+kin|"
    r"emergency\s+contact|driver|keeper|holder|"
    # A court docket's or a case list's people (the roles of a party to a case and its
    # counsel, as court rules name them).
    r"attorney|counsel|lawyer|solicitor|barrister|advocate|defendant|plaintiff|petitioner|"
    r"respondent|appellant|appellee|judge|magistrate|prosecutor|victim|suspect|offender|"
    r"accused|complainant|guardian|spouse|"
    # A study's screening or enrolment log (ICH E6 8.3.20-21): the subject's initials, or a
    # surname and an initial where sites write them so ("Okafor A")
    r"(?:(?:subject|patient|participant|pt)[ _])?initials)"
)


def is_rank(word: str) -> bool:
    """True for a police rank abbreviation written before an officer's name ("PC", "DS")."""
    return word in _RANKS


def is_acronym(word: str) -> bool:
    """True for a clinical or office abbreviation or a police rank that stands where a
    name's initials could ("MRI", "PC")."""
    return word.casefold() in _ACRONYMS or word in _RANKS


def _speaker_name(label: str) -> tuple[int, str] | None:
    """The person in a speaker label (offset in the label, text): role words before it
    are dropped ("Agent Tomás" -> "Tomás"); a label that is only roles is no person."""
    words = label.split()
    skip = 0
    while skip < len(words) and (
        words[skip].casefold().rstrip(".") in _SPEAKER_ROLES
        # a transcript's role or a police rank before a name: "JUDGE MYERS", "DC Abbott"
        or (skip < len(words) - 1 and (is_transcript_role(words[skip]) or words[skip] in _RANKS))
    ):
        skip += 1
    rest = words[skip:]
    if not rest or any(w.casefold().rstrip(".") in _SPEAKER_ROLES for w in rest):
        return None
    if only_roles(rest):
        return None  # a party by role alone: "VERDACHTE", "LA PRÉSIDENTE"
    offset = label.index(rest[0], sum(len(w) + 1 for w in words[:skip]) if skip else 0)
    return offset, label[offset:]


def _uncased(letter: str) -> bool:
    """A letter of a script without capitals (han, Arabic, Devanagari...)."""
    return letter.isalpha() and not letter.isupper() and not letter.islower()


_LATIN_WORD = fast_regex.compile(r"[A-Za-z]{2}")


def _latin_turn(text: str, end: int, label: str) -> bool:
    """The message after a speaker label is written in Latin letters, and the label is
    no role or name label of its own script."""
    from app.redaction.script_names import NAME_LABELS, ROLE_LABELS  # noqa: PLC0415

    line_end = text.find("\n", end)
    message = text[end : len(text) if line_end < 0 else line_end]
    return bool(_LATIN_WORD.search(message)) and label not in (*NAME_LABELS, *ROLE_LABELS)


def _turn_between(text: str, found: list[re.Match[str]], i: int) -> bool:
    """A label used once is a speaker's when it answers a speaker who speaks twice or more,
    on the lines right before and after it ("Прохор: ... / Лавр: ... / Прохор: ..."), and
    its words are none of English's (a form's "Dose:" between two "Drug:" lines is a
    field) nor a role's."""
    from app.redaction.lower_case_names import english_senses  # noqa: PLC0415
    from app.redaction.name_guards import FOREIGN_COMMON, ROLE_NOUNS  # noqa: PLC0415

    if not 0 < i < len(found) - 1:
        return False
    labels = [m.group("name").strip() for m in found]
    before, here, after = found[i - 1], found[i], found[i + 1]
    if labels[i - 1] != labels[i + 1] or labels.count(labels[i - 1]) < 2:
        return False  # one speaker's turns on both sides: the other party answers once
    if text.count("\n", before.end(), here.start()) != 1:
        return False
    if text.count("\n", here.end(), after.start()) != 1:
        return False
    words = labels[i].split()
    return all(
        w[:1].isupper()
        and w[1:].islower()  # no bot's or system's name ("BankBot", "OPERADOR")
        and field_kind(w) is None
        and not any(english_senses(w.casefold()))
        and w.casefold() not in ROLE_NOUNS  # a role of any language ("Atendente")
        and w.casefold() not in _SPEAKER_ROLES
        and w.casefold() not in FOREIGN_COMMON
        for w in words
    )


def _speakers(text: str) -> list[Span]:
    """Chat speaker tags: with a time stamp always; without one when the same label starts
    two lines or more and is not a role or a section heading. A name in brackets after a
    role ("Helpdesk (Robert)") counts too; so does a lower-case handle ("anna.k") and an
    IRC nick in angle brackets ("<gregory>")."""
    found = list(SPEAKER.finditer(text))
    if "<" in text:  # markup repeats its tags at line starts too: "<li> item"
        found += (m for m in IRC_SPEAKER.finditer(text) if m["name"].casefold() not in _HTML_TAGS)
    labels = [m.group("name").strip() for m in found]
    spans = []
    for i, (m, label) in enumerate(zip(found, labels, strict=True)):
        if not (m.group("stamp") or labels.count(label) >= 2 or _turn_between(text, found, i)):
            continue
        paren = m.groupdict().get("paren")  # "OLGA (+1 555 0100):", "Helpdesk (Robert):"
        if paren and paren.strip()[:1].isupper():
            value = paren.strip()
            start = m.start("paren") + paren.index(value)
            spans.append(Span(start, start + len(value), KIND, "chat_speaker", 0.8))
        person = _speaker_name(label)
        if person is None:
            continue
        offset, value = person
        handle = "." in value or "_" in value or m.re is IRC_SPEAKER  # a nick, any case
        # A speaker in a script without capitals is a name too: stamped ("21:14 - 晃:"), or
        # taking turns in a chat written in Latin letters ("晃: running late"), unless a
        # role label of that script ("患者:").
        uncased = all(_uncased(w[0]) for w in value.split()) and (
            bool(m.group("stamp")) or _latin_turn(text, m.end(), value)
        )
        if handle or uncased or all(w[0].isupper() for w in value.split()):
            start = m.start("name") + offset
            spans.append(Span(start, start + len(value), KIND, "chat_speaker", 0.8))
    return spans


# A line of a Zoom meeting's saved chat: the time, "From", the sender and, since 2020, "to"
# the addressee ("21:14:05 From Anna Nowak to Everyone:", "... to 晃(Direct Message):",
# "21:14:05\t From  Anna Nowak : hi"). Sender and addressee are names, whatever the script.
_ZOOM_LINE = fast_regex.compile(
    r"^[ \t]{0,4}\d{1,2}:\d{2}(?::\d{2})?[ \t]+From[ \t]+(?P<name>[^\n:()]{1,60}?)"
    r"(?:[ \t]+to[ \t]+(?P<to>[^\n:()]{1,60}?))?[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*:",
    re.M,
)
_EVERYONE: Final = frozenset(word_list("everyone all host hosts panelists waiting room me"))


def _zoom_speakers(text: str) -> list[Span]:
    if "From" not in text:
        return []
    spans = []
    for m in _ZOOM_LINE.finditer(text):
        for group in ("name", "to"):
            value = m.group(group)
            words = value.split() if value else []
            if not words or any(w.casefold() in _EVERYONE for w in words):
                continue
            if all(w[0].isupper() or _uncased(w[0]) for w in words):
                spans.append(Span(m.start(group), m.end(group), KIND, "chat_speaker", 0.8))
    return spans


# The header line of a copied chat message: the sender's display name and the time, alone
# on the line ("[Teams] Meyer, Joanna 09:12", "Joanna Meyer  9:12 AM", "[9:12 AM] Meyer,
# Joanna"), as Teams and Slack copy a conversation.
_CHAT_HEADER = fast_regex.compile(
    r"^[ \t]{0,4}(?P<tag>\[[^\]\n]{1,24}\][ \t]{0,3})?"
    r"(?P<name>\p{Lu}[\p{L}'’-]+,?(?:[ \t]\p{Lu}[\p{L}'’-]+){1,3})"
    r"(?P<time>[ \t]{1,4}\d{1,2}:\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?)?[ \t]*$",
    re.M,
)


def _chat_headers(text: str) -> list[Span]:
    """Chat header lines: a "Surname, Given" sender always; a sender without a comma when
    two header lines or more carry a time stamp (a chat, not a title)."""
    if ":" not in text:
        return []
    found = [m for m in _CHAT_HEADER.finditer(text) if m.group("time") or m.group("tag")]
    stamped = sum(1 for m in found if m.group("time"))
    spans = []
    for m in found:
        name = m.group("name")
        words = [w.casefold() for w in name.replace(",", " ").split()]
        if any(
            w in _SPEAKER_ROLES or w in _NOT_NAMES or w in COMMON or is_cue_word(w) for w in words
        ):
            continue
        if "," in name or stamped >= 2:
            spans.append(Span(m.start("name"), m.end("name"), KIND, "chat_header", 0.75))
    return spans


# A chat or call transcript's question for a name ("And last name?", "Your full name,
# please?", "Comment vous appelez-vous ?") and the answer on the next line, after its
# speaker tag and any time stamp before it ("[2024-04-29 04:18] Visitor:"): the answer is
# the name whatever its spelling ("K@RIMLI", "o'neil", "hyeonjun an"), without the words
# people type before it ("it's", "my name is").
# The answer's line: its speaker tag (after any time stamp), the words people type before a
# name ("it's", "my name is"), then the answer to the line's end.
_ANSWER_LINE = (
    r"(?:\[[^\]\n]{1,40}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?[ \t]+)?[^\n:]{1,40}:[ \t]*"
    r"(?:(?i:my[ \t]name[ \t]is|my[ \t]name's|it's|it’s|it[ \t]is|i'm|i’m|i[ \t]am|this[ \t]is)"
    r"[ \t]+)?(?P<answer>[^\s:?][^\n:?]{0,40}?)[ \t.]*(?:\r?\n|$)"
)
_NAME_QUESTION = fast_regex.compile(
    r"(?i:\b(?:name|nom|nombre|nome|naam|namen|imię|nazwisko|имя|фамилия|ad[ıi]n[ıi]z|"
    r"isminiz|appelez-vous|hei(?:ß|ss)en[ \t]sie|se[ \t]llama|si[ \t]chiama))"
    r"\b[^\n?]{0,20}\?[ \t]*\r?\n" + _ANSWER_LINE
)
# The same asked as a request that ends with a full stop ("For security, please confirm
# your full name and DOB.", "Please state your name."): a verb that asks for the name
# before it; the answer is read as above.
_NAME_REQUEST = fast_regex.compile(
    r"(?i:\b(?:confirm|state|provide|give|spell|enter|type|tell[ \t]me)\b[^\n?.!]{0,20}"
    r"\bname\b)[^\n?.!]{0,30}[.!:]?[ \t]*\r?\n" + _ANSWER_LINE
)


# An answer to "your name and date of birth?" gives the name first, then the date: the
# name ends where a weekday, a month or a number starts.
_DATE_WORDS: Final = frozenset(w.casefold() for w in (*MONTHS, *WEEKDAYS))
_ANSWER_DATE = re.compile(r"[,;]|[ \t](?=\d)")


def _name_before_date(answer: str) -> str:
    head = _ANSWER_DATE.split(answer, maxsplit=1)[0].rstrip()
    words = head.split()
    while words and words[-1].casefold().strip(".") in _DATE_WORDS:
        words.pop()
    return answer[: answer.index(words[-1]) + len(words[-1])] if words else ""


def _not_name_word(word: str, at: int) -> bool:
    """A word no name is answered with ("yes", "patient"); after the first word, a surname
    of the national lists is a name even where it is also such a word ("hyeonjun an")."""
    folded = word.casefold().strip(".,!")
    return folded in _NOT_NAMES and not (at and (folded in KOREAN_LATIN or folded in CHINESE_LATIN))


def _name_answers(text: str) -> list[Span]:
    asked = list(_NAME_QUESTION.finditer(text)) if "?" in text else []
    if "name" in text or "Name" in text or "NAME" in text:
        asked += _NAME_REQUEST.finditer(text)
    spans = []
    for m in asked:
        answer = m.group("answer")
        if any(c.isdigit() for c in answer):
            answer = _name_before_date(answer)
        words = answer.split()
        if (
            1 <= len(words) <= 3
            and not any(c.isdigit() for c in answer)
            and not any(_not_name_word(w, i) for i, w in enumerate(words))
        ):
            start = m.start("answer")
            spans.append(Span(start, start + len(answer), KIND, "name_answer", 0.7))
    return spans


# Ward boards, handover sheets and visit logs write a patient by the surname in capitals,
# after the bed or room ("bed 4 (COX)", "Bay 2 bed 3 - OKAFOR", "rm 12: NOWAK"), or as the
# place visited ("at JHA's"). Ward abbreviations stand in the same place.
# Arabic and Persian names romanised in ASCII write the ayin and the hamza as a backtick
# or a modifier letter ("`Umar", "Ma`sumeh", "Yty `mr", "Qurʾān"): a run of one to three
# words holding such a mark inside or at the start of a word, one word capitalised.
_AYIN_MARKS = "`ʿʾ"
_AYIN_NAME = fast_regex.compile(
    r"(?<![\w`ʿʾ])(?P<name>(?:\p{Lu}\p{Ll}+[ \t])?\p{L}*[`ʿʾ]\p{L}+(?:[ \t]\p{Lu}\p{Ll}+)?)"
    r"(?![\w`ʿʾ])"
)


# A backtick that opens or closes a Markdown code span: not between two letters, as the
# ayin of "Ma`sumeh" or the aspiration mark of "ERGHAT`BASHYAN" stands.
_CODE_TICK = fast_regex.compile(r"(?<!\p{L})`|`(?!\p{L})")


def _ayin_names(text: str) -> list[Span]:
    if not any(mark in text for mark in _AYIN_MARKS):
        return []
    spans = []
    for m in _AYIN_NAME.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = len(text) if (e := text.find("\n", m.end())) < 0 else e
        ticks = len(_CODE_TICK.findall(text, line_start, line_end))
        if ticks >= 2 and ticks % 2 == 0:
            continue  # paired backticks are code, as Markdown writes it
        words = m.group("name").split()
        if not any(w[:1].isupper() or w[1:2].isupper() for w in words):
            continue
        if any(w.casefold() in _NOT_NAMES or is_cue_word(w) for w in words):
            continue
        spans.append(Span(m.start("name"), m.end("name"), KIND, "ayin_name", 0.7))
    return spans


_SURNAME_GIVEN = (
    r"(?P<name>(?:(?:ap|ab|de|da|di|do|dos|du|van|von|der|den|del|della|le|la|bin|ibn|al|el|"
    r"De|Da|Di|Van|Von|Der|Den|Del|Le|La|Mac|Mc|St\.?|O')[ \t'’]?){0,3}"
    # a second surname, as Spanish, Portuguese and Cameroonian names carry ("Tsafack
    # Esquivel, Hervé", "Gómez Ruiz, Ana")
    r"[^\W\d_][\w'’-]{1,30}(?:[ \t]\p{Lu}[\w'’-]{1,30})?,[ \t]{1,2}[^\W\d_][\w'’-]{1,30}"
    r"(?:[ \t][A-Z]\.)?)(?![\w])"
)
# "for Okafor, Adaeze", "by ap Rhys, Cerys": a surname (with its particles), a comma and a
# given name after a word that introduces a person.
LAST_FIRST = fast_regex.compile(
    r"(?:\b(?i:for|by|from|on|with|patient|pt|client|customer|keeper|driver|holder|owner|"
    r"member|insured|applicant|employee|re|cc|named|claimant|beneficiary|payee|payer|"
    r"debtor|incl\.?|including|victims?|suspects?|witness(?:es)?|parties|"
    # a numbered party of a form ("Driver 1: Pearson, April", "Defendant #2 - Ruiz, Ana")
    r"driver|defendant|plaintiff|party|child|borrower|co-borrower|occupant|passenger)"
    r"(?:[ \t]?#?\d{1,2}[ \t]?[:\-–]|[ \t]?:)?[ \t]{1,3}|\([ \t]?|"
    # the last of a list of people ("victims incl. Noel Samson and Haryanto, Heri"); a
    # list of places has no such cue ("to Paris, France and London, Ontario")
    r"\b(?i:incl\.?|including|victims?|suspects?|witness(?:es)?|parties|between)[ \t]+"
    r"(?:\p{Lu}[\p{L}'’-]+,?[ \t]){1,4}(?:and|&)[ \t]{1,3})" + _SURNAME_GIVEN
)
# The same alone in a line or a table cell ("Peters, Tim | 09/07/2023").
LAST_FIRST_CELL = fast_regex.compile(
    r"(?:^|(?<=[|\t]))[ \t]{0,3}" + _SURNAME_GIVEN + r"[ \t]{0,3}(?=[|\t(]|$)", re.M
)


# Words that head a column and are no value: a two-cell row "| Name | Days |" is a header,
# "| Patient | Okafor, Ada |" a key and its value.
_COLUMN_WORDS: Final = frozenset(
    word_list(
        """
        date dates day days ward id mrn status amount reason type role department count
        total notes note value values age dob sex phone email address time period start
        end from to leave approved score result results code number no
        """
    )
)


def _cell_span(offset: int, cells: list[str], index: int) -> Span | None:
    """The trimmed text of cell `index` (without a CSV field's quotes) as a person span
    (None if empty or no letter)."""
    cell = cells[index]
    stripped = cell.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
        stripped = stripped[1:-1].strip()
    if not stripped or not stripped[0].isalpha():
        return None
    start = offset + sum(len(c) + 1 for c in cells[:index]) + cell.index(stripped)
    return Span(start, start + len(stripped), KIND, "table_name_cell", 0.8)


# A column name of a CSV header row: a few words, no digits ("Geb.-Datum", "Vers.-Nr.").
_HEADER_CELL = fast_regex.compile(
    r"(?=.{0,30}$)[\p{L}][\p{L}\p{M}._/()-]*(?:[ ][\p{L}\p{M}._/()-]+){0,2}|"
)


def _separator(line: str) -> str:
    """The cell separator of a table row: a pipe, a tab, or the semicolon or comma of a
    CSV export (RFC 4180; spreadsheets of locales whose decimal mark is the comma write
    ";"), which takes at least three cells so that prose is no table."""
    if line.count("|") >= 2:
        return "|"
    if "\t" in line:
        return "\t"
    for sep in ";,":
        if line.count(sep) >= 2:
            return sep
    return ""


def split_cells(line: str, sep: str) -> list[str]:
    """The cells of a table row, split at `sep`. A CSV field (RFC 4180) may be quoted and
    hold the separator ("Bùi, Jane" in a comma-separated row): a separator between double
    quotes splits nothing. The cells joined by `sep` give `line` back."""
    if sep not in ",;" or '"' not in line:
        return line.split(sep)
    cells = []
    start = 0
    quoted = False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted  # an escaped quote ("") toggles twice
        elif c == sep and not quoted:
            cells.append(line[start:i])
            start = i + 1
    cells.append(line[start:])
    return cells


def _table_cells(text: str) -> list[Span]:
    """Cells of a name column in a pipe-, tab-, semicolon- or comma-separated table, and
    the value of a key-value row whose key is a person word ("| Referrer | Name |")."""
    spans: list[Span] = []
    columns: set[int] = set()
    sep = ""
    width = 0
    offset = 0
    value_column = -1
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        line_sep = _separator(body)
        cells = split_cells(body, line_sep) if line_sep else []
        filled = [i for i, c in enumerate(cells) if c.strip()]
        heads = {i for i, c in enumerate(cells) if _NAME_HEADERS.fullmatch(c.strip())}
        csv = line_sep in (";", ",")
        if csv and not all(_HEADER_CELL.fullmatch(c.strip()) for c in cells):
            heads = set()  # a CSV header row holds column names only
        if not line_sep:
            columns, sep, value_column = set(), "", -1
        elif not csv and (found_column := _value_column(cells)) >= 0 and not heads:
            value_column, sep = found_column, line_sep
        elif (
            heads
            and line_sep == sep
            and 0 <= value_column < len(cells)
            and filled
            and filled[0] in heads
            and filled[0] < value_column
        ):
            # a key-value table's row (under "| Field | Value | Checked |"): the key is a
            # person's caption, its value the cell under "Value", not a column to follow
            found = _cell_span(offset, cells, value_column)
            spans += [found] if found else []
        elif (
            not csv
            and len(filled) == 2
            and filled[0] in heads
            and cells[filled[1]].strip().casefold() not in _COLUMN_WORDS
            and filled[1] not in heads
        ):
            found = _cell_span(offset, cells, filled[1])
            spans += [found] if found else []
        elif heads:
            columns, sep, width = heads, line_sep, len(cells)
        elif columns and line_sep == sep:
            spans += [
                f for i in sorted(columns) if i < len(cells) if (f := _cell_span(offset, cells, i))
            ]
            if len(cells) == width + 1:
                spans += _split_name_cells(offset, cells, columns)
        offset += len(line)
    return spans


# The heading of a key-value table's value column, in English, French, German, Spanish,
# Portuguese, Italian, Dutch and the Nordic languages.
_VALUE_HEADINGS: Final = frozenset(
    word_list("value valeur wert valor valore waarde värde verdi værdi details entry")
)


def _value_column(cells: list[str]) -> int:
    """The index of a "Value" heading cell after a first cell ("| Field | Value |"), or -1."""
    for i, cell in enumerate(cells):
        if (
            i > 0
            and cell.strip().casefold() in _VALUE_HEADINGS
            and cells[0 if cells[0].strip() else 1].strip()
        ):
            return i
    return -1


def _split_name_cells(offset: int, cells: list[str], columns: set[int]) -> list[Span]:
    """A row one cell longer than its header, as exports write a name column whose family
    and given names sit in two cells ("K-1<TAB>Okafor<TAB>Ada<TAB>1950-01-01" under
    "id<TAB>name<TAB>dob"): the cell after a name column's, when it is a name's words
    (not a date, a code or a column word), is the rest of the name (as `tables.py` reads
    a field's row)."""
    spans = []
    for i in sorted(columns):
        nxt = cells[i + 1].strip() if i + 1 < len(cells) else ""
        if (
            NAME_CELL.fullmatch(nxt)
            and nxt.casefold() not in _COLUMN_WORDS
            and (found := _cell_span(offset, cells, i + 1))
        ):
            spans.append(found)
    return spans


_CAPITALISED_NEXT = fast_regex.compile(r"[ \t]\p{Lu}")


def _given_then_surname(text: str, surname: str, end: int) -> bool:
    """Two words before the comma that read as a given name and a surname (the first a
    dictionary given name, or more capitalised words after the comma's word: an
    organisation's name), not a surname of two words ("Tsafack Esquivel, Herve")."""
    from app.redaction.given_names import is_given_name  # noqa: PLC0415

    first = surname.split(maxsplit=1)[0]
    return is_given_name(first) or _CAPITALISED_NEXT.match(text, end) is not None


_IDENTIFIER_WORDS: Final = frozenset(IDENTIFIER_WORDS)


def _field_label(word: str) -> bool:
    """An identifier's label in capitals after a name and a comma, not a given name:
    "ŽAGAR, LANR 948374501", "ΜΟΥΣΕΛΊΜΗΣ, ΑΜΚΑ 2904…" (a field name or an identifier word)."""
    return word.isupper() and (
        word.casefold() in _IDENTIFIER_WORDS or field_kind(word) not in (None, ("PERSON", False))
    )


# "S/O", "D/O" (son of, daughter of) before the father's name, as Indian and Pakistani
# registration forms, OPD slips and ID cards write it. Case-sensitive: "s/o" of a clinical
# note is "suggestive of"; "W/O", "H/O" are left out as "without" and "history of".
_RELATION = fast_regex.compile(r"(?<![\w/])[SD]/[Oo][ \t]{1,3}")


def find_names(text: str) -> list[Span]:
    """Names found by their position in `text`."""
    spans = _after(text, TITLE, "name_after_title") + _after(text, CUE, "name_after_role_word")
    if "/O" in text or "/o" in text:
        spans += _after(text, _RELATION, "name_after_relation")
    for m in MAIL_NAME.finditer(text):
        group = 1 if m.group(1) is not None else 2
        value = m.group(group).strip()
        if value and value[0].isalpha():
            start = m.start(group) + m.group(group).index(value)
            spans.append(Span(start, start + len(value), KIND, "mail_header_name", 0.8))
    spans += [
        Span(m.start(), m.end(), KIND, "surname_caps_comma", 0.7)
        for m in CAPS_LAST_FIRST.finditer(text)
        if m.group().split(",")[1].split()[0].casefold() not in _NOT_GIVEN
        and m.group().split(",")[0].strip().casefold() not in _ACRONYMS
        and not _field_label(m.group().split(",")[1].split()[0])
    ]
    for m in [*LAST_FIRST.finditer(text), *LAST_FIRST_CELL.finditer(text)]:
        surname, given = (w.strip() for w in m.group("name").split(",", 1))
        if any(w.casefold() in _NOT_NAMES or w.casefold() in COMMON for w in surname.split()[1:]):
            continue  # "for Smith Then, ..." : a second word must be a name's too
        if given.split()[0].isupper() and not surname.isupper():
            continue  # "Kyosuke Yoshida, GDC": a credential or an id label after a name
        if " " in surname.strip() and _given_then_surname(text, surname, m.end("name")):
            continue  # "Ada Wawrzeńczyk, Payroll Department": a name, then its department
        if (
            surname[-1:].isalpha()
            and given[:1].isupper()
            and surname.split()[-1][:1].isupper()
            and given.casefold() not in _NOT_GIVEN
            and surname.casefold() not in _NOT_NAMES
        ):
            spans.append(Span(m.start("name"), m.end("name"), KIND, "surname_comma", 0.75))
    spans += lower_case_intros(text) + lower_case_speakers(text, _SPEAKER_ROLES)
    spans += reporting_subjects(text) + key_value_people(text)
    spans += _speakers(text) + _chat_headers(text) + _table_cells(text) + _ayin_names(text)
    spans += _zoom_speakers(text)
    spans += _name_answers(text) + names_in_records(text)
    spans += initials_without_dots(text) + arabic_name_forms(text)
    return spans + _caps_in_lines(text) + _party_names(text) + _places(text)


# Two to four words in capitals inside a line of ordinary text ("for PETER DE GROOT,",
# "keeper SEVIM AKÇAY."): in mixed-case text such a run is a name far more often than
# anything else; a run of short words only (CT, MRI, ECG) or of section words is not.
_CAPS_IN_LINE = fast_regex.compile(
    r"(?<=[a-zà-ÿ,:;)] )(?P<run>[^\W\d_a-zà-ÿ]{2,}(?:[ \t][^\W\d_a-zà-ÿ]{2,}){1,3})(?![\w])"
)
# Capitalised runs that are section words, not people.
_CAPS_NOT_NAMES: Final = frozenset(
    word_list(
        """
        with without contrast head chest abdomen pelvis spine brain neck urgent routine
        stat left right bilateral report summary discharge admission history plan note
        positive negative normal abnormal none nil and the for of covid hiv icu ward
        unit clinic department hospital bank account card loan fraud alert case review
        request form date time name address phone email yes not applicable
        """
    )
)


def is_caps_section_word(word: str) -> bool:
    """True when `word` in capitals is a section or report word ("NORMAL", "REPORT")."""
    return word.casefold() in _CAPS_NOT_NAMES


def _caps_in_lines(text: str) -> list[Span]:
    spans = []
    for m in _CAPS_IN_LINE.finditer(text):
        words = m.group("run").split()
        if not any(len(w) >= 4 for w in words) or not all(w.isupper() for w in words):
            continue
        if any(w.casefold() in _CAPS_NOT_NAMES for w in words):
            continue
        spans.append(Span(m.start("run"), m.end("run"), KIND, "caps_run_in_text", 0.6))
    return spans


# A party to a case with its designation in brackets after the name, as the heading of
# a claim or an order writes it (CPR PD 7A 4.1-4.2, and the same in other common-law
# courts: "BETWEEN JILL OKAFOR (Claimant) and ...", "Ana Ruiz (Respondent)"); the words
# of the heading before the name ("BETWEEN", "and", "v") are not the name.
_PARTY = fast_regex.compile(
    r"(?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,4})[ \t]*\((?i:(?:first|second|"
    r"third|1st|2nd|3rd)[ \t])?(?i:claimants?|defendants?|applicants?|respondents?|appellants?|"
    r"petitioners?|plaintiffs?|part[ \t]20[ \t]defendant|interested[ \t]party)\)"
)
_HEADING_WORDS: Final = frozenset(word_list("between and v v. vs vs. versus of the in re"))
_PARTY_ROLES: Final = frozenset(
    word_list(
        "claimant defendant applicant respondent appellant petitioner plaintiff party "
        "claimants defendants applicants respondents appellants petitioners plaintiffs "
        "first second third court judge council"
    )
)


def _party_names(text: str) -> list[Span]:
    from app.redaction.name_guards import company_name  # noqa: PLC0415

    if "(" not in text:
        return []
    spans = []
    for m in _PARTY.finditer(text):
        start, words = m.start("name"), m.group("name").split()
        while words and words[0].casefold() in _HEADING_WORDS:
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
            start = text.index(words[0], start) if words else start
        if not words or any(
            w.casefold() in _NOT_NAMES or w.casefold() in _PARTY_ROLES or is_cue_word(w)
            for w in words
        ):
            continue  # "The Defendant (Defendant)"
        span = Span(start, m.end("name"), KIND, "party_before_role", 0.75)
        if not company_name(text, span):  # "Bank Plc (Claimant)": a company is no person
            spans.append(span)
    return spans


# Places named after a word that introduces one ("lives in Hightown", "moved to Tarnów").
_PLACE_CUE = fast_regex.compile(
    r"(?i:\b(?:lives|living|resides|residing|resident|moved|relocated|born|based|staying|"
    r"located|hometown|town|city|village|municipality|county|district|commune|comune|"
    r"gemeinde|stadt|ville|ciudad|cidade|miasto|ilçe|şehir)\s{1,2}(?:in|at|to|of|from|:|-)?)"
    r"[ \t]{1,2}(?P<place>[A-ZÀ-ÞŁŚŻŹĆŃÓİŞĞ][\wÀ-ÿ'’-]{1,30}(?:[ -](?:[A-ZÀ-ÞŁŚŻŹĆŃÓİŞĞ]"
    r"[\wÀ-ÿ'’-]{1,30}|sur|sous|le|la|de|del|am|an|der|upon|on)){0,3})"
)


def _places(text: str) -> list[Span]:
    return [
        Span(m.start("place"), m.end("place"), "LOCATION", "place_after_cue", 0.6)
        for m in _PLACE_CUE.finditer(text)
        if m.group("place").casefold() not in _NOT_NAMES
    ]
