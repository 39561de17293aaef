"""Split X: written in session 39 by a separate author; held out in session 41 (run once
after the freeze), DEV-side (tuned on) since. Records as they travel between systems.

Exports and attachments: spreadsheets saved as CSV (quoted cells, line breaks inside a
cell), TSV and fixed-width reports, JSON/YAML/INI/TOML configuration and job files, file
paths and names that carry names, dates and numbers, URLs with query strings, e-mail
threads with quoted replies and forwarded headers, iCalendar invitations and vCards,
PDF-to-text with broken lines, hyphenation and running headers, numbers read over the
phone, HL7 v2, FHIR JSON, X12, EDIFACT, escaped XML, logs, chat exports, OCR'd scans,
and code-switching between languages, beside ordinary forms and prose.

Written from the identifier classes and real-world conventions, without reading the
redactor or any other split. No text here holds an angle bracket (metrics.py reads those as
masks): e-mail addresses stand bare or in parentheses, XML arrives escaped.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.x_forms import X_TODAY

__all__ = ["SPLIT", "TEMPLATES", "X_TODAY"]


def T(
    tid: str,
    doc_type: str,
    text: str,
    locales: tuple[tuple[str, int], ...] = (),
    ids: tuple[str, ...] = (),
) -> Template:
    return Template(id=f"x-{tid}", doc_type=doc_type, text=text, locales=locales, id_countries=ids)


DE = (("de_DE", 4), ("de_AT", 2), ("de_CH", 1))
FR = (("fr_FR", 4), ("fr_BE", 1), ("fr_CH", 1), ("fr_CA", 1))
ES = (("es_ES", 3), ("es_MX", 2), ("es_AR", 1), ("es_CO", 1), ("es_CL", 1))
PT = (("pt_BR", 3), ("pt_PT", 2))
IT = (("it_IT", 1),)
NL = (("nl_NL", 3), ("nl_BE", 1))
NORDIC = (("sv_SE", 2), ("no_NO", 1), ("da_DK", 1), ("fi_FI", 1))
EN = (("en_US", 3), ("en_GB", 2), ("en_IE", 1), ("en_AU", 1), ("en_CA", 1), ("en_NZ", 1))
US = (("en_US", 1),)
GB = (("en_GB", 3), ("en_IE", 1))
CEE = (("pl_PL", 2), ("cs_CZ", 1), ("sk_SK", 1), ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1))
ASIA = (("ja_JP", 2), ("zh_CN", 2), ("zh_TW", 1), ("ko_KR", 2))
CYR = (("ru_RU", 2), ("uk_UA", 1), ("bg_BG", 1))

TEMPLATES: list[Template] = []

# --- the eight document types, as they leave one system for another ---------------
TEMPLATES += [
    T(
        "clinical-1",
        "clinical note",
        "PROGRESS NOTE (exported from EHR, page 1 of 2)\n"
        "Pt: {xper1.caps_last_first}   MRN {xmrn1}   DOB {xdob1.us}\n"
        "Seen {xdate1.us} by {xper2.initials}, MD (NPI {xlic1.npi}).\n"
        "S: {xage1}-year-old with [[worsening dyspnoea on exertion]]; daughter {xper3.first} "
        "reports [[ankle swelling]] since the move to {xtown1}.\n"
        "O: BP 148/92, SpO2 93% RA. [[Bibasal crackles]].\n"
        "A/P: [[Heart failure with preserved ejection fraction]]; start [[furosemide 40 mg]].\n"
        "Call back: {xtel1}\n"
        "--\n{xper1.last}, {xper1.first} | {xmrn1} | printed {xdate2.iso}",
        EN,
    ),
    T(
        "clinical-2",
        "clinical note",
        "Konsil Innere Medizin\nPatient(in): {xper1.last_first}, geb. {xdob1.eu}\n"
        "Fallnr. {xmrn1}  Station [[Kardiologie 3B]]\n"
        "Anamnese: Pat. kommt mit [[Vorhofflimmern]], fremdanamnestisch (Sohn, {xper2.full}, "
        "Tel. {xtel1}) seit {xdate1.de} [[Palpitationen]].\n"
        "Therapie: [[Apixaban 5 mg]] 1-0-1. Hausarzt: Dr. med. {xper3.last}, {xaddr1}\n"
        "gez. {xper4.initial_last}",
        DE,
    ),
    T(
        "clinical-3",
        "clinical note",
        "診療記録 / Clinical note (bilingual export)\n患者氏名: {xscript1.last_space_first}\n"
        "Patient: {xper1.full} (interpreter)\n受診日 {xdate1.ja}  ID {xmrn1}\n"
        "主訴: [[胸痛]] (chest pain), onset {xdate2.iso}\n"
        "Plan: [[troponin at 3 h]], ECG. 連絡先 {xtel1}",
        (("ja_JP", 1),),
    ),
    T(
        "discharge-1",
        "discharge summary",
        "DISCHARGE SUMMARY - ORTHOGERIATRIC UNIT\n\nName:        {xper1.caps_last_first}\n"
        "Hospital No: {xmrn1}\nNHS No:      {xnat1.gb}\nAdmitted:    {xdate1.slash}\n"
        "Discharged:  {xdate2.slash}\nConsultant:  Mr {xper2.last} (GMC {xlic1.gmc})\n\n"
        "Diagnosis: [[fractured neck of femur]], treated with [[hemiarthroplasty]].\n"
        "Going home to: {xaddr1.lines}\nNext of kin: {xper3.full} ({xtel1})\n"
        "GP: Dr {xper4.initial_last}, fax {xfax1}\n",
        GB,
    ),
    T(
        "discharge-2",
        "discharge summary",
        "Lettre de liaison - sortie d'hospitalisation\n"
        "Patient : {xper1.caps_last} {xper1.first}, né(e) le {xdob1.fr}\n"
        "NIR : {xnat1.fr}   IPP : {xmrn1}\n"
        "Séjour du {xdate1.slash} au {xdate2.slash} en [[service de pneumologie]].\n"
        "Motif : [[pneumopathie communautaire]]. Traitement de sortie : [[amoxicilline]].\n"
        "Adresse : {xaddr1}\nMédecin traitant : Dr {xper2.first_last} ({xmail1})",
        FR,
    ),
    T(
        "discharge-3",
        "discharge summary",
        "Informe de alta hospitalaria (cirugía general)\n"
        "Paciente: {xper1.last_first}\nDNI/NIE: {xnat1.es}   NHC: {xmrn1}\n"
        "Fecha de ingreso: {xdate1.es}\nFecha de alta: {xdate2.slash}\n"
        "Juicio clínico: [[colecistitis aguda litiásica]]\n"
        "Acompañante: {xper2.full}, teléfono {xtel1}\nMédico responsable: Dra. {xper3.last}",
        ES,
    ),
    T(
        "radiology-1",
        "radiology request",
        "RADIOLOGY REQUEST  |  Priority: URGENT\n"
        "Patient | {xper1.last_first} | DOB {xdob1.iso} | MRN {xmrn1}\n"
        "Exam    | [[CT pulmonary angiogram]]\n"
        "History | [[pleuritic chest pain]], D-dimer raised\n"
        "Referrer| {xper2.first_last}, bleep 4471, ext via {xtel1}\n"
        "eGFR    | 72 ({xdate1.iso})\nTransport from {xtown1} ambulance station",
        EN,
    ),
    T(
        "radiology-2",
        "radiology request",
        "Anforderung Radiologie - [[MRT Knie links]]\nName, Vorname: {xper1.last_first}\n"
        "Geburtsdatum: {xdob1.eu}\nVersichertennr.: {xplan1.kvnr}\n"
        "Fragestellung: [[Meniskusläsion]]? Herzschrittmacher: nein (Ausweis {xdev1.pacer})\n"
        "Zuweiser: {xper2.full}, LANR {xlic1.lanr}",
        DE,
    ),
    T(
        "claim-1",
        "insurance claim",
        "CLAIM FORM - PART B\nClaim #: {xclaim1}\nInsured: {xper1.full}\n"
        "Member ID: {xplan1}   Group: 55120\nSSN (last 4 shown on card): {xssn1}\n"
        "Date of service: {xdate1.us}\nProvider: {xper2.last_first} NPI {xlic1.npi}\n"
        "Dx: [[J45.909 asthma, unspecified]]  CPT [[94640]]\n"
        "Pay to account {xacct1.routing} ({xper1.last})",
        US,
    ),
    T(
        "claim-2",
        "insurance claim",
        "Schadenmeldung Kfz (Haftpflicht, online)\n"
        "Versicherungsnehmer: {xper1.full}\nPolice-Nr.: {xclaim1.letters}\n"
        "Kennzeichen: {xveh1.plate}   FIN: {xveh2.vin}\nSchadentag: {xdate1.de}, "
        "in {xtown1}\nUnfallgegner: {xper2.last_first}, Tel. {xtel1}\n"
        "Auszahlung auf IBAN {xiban1.de}\n[[Heckschaden, keine Personenschäden]]",
        DE,
    ),
    T(
        "kyc-1",
        "KYC review",
        "KYC REVIEW - enhanced due diligence\nCustomer: {xper1.caps_full}\n"
        "Nationality doc: passport {xpass1}, expires n/a\n"
        "National ID ({xnat1.label}): {xnat1}\nDate of birth: {xdob1.long}\n"
        "Residential: {xaddr1}\nSource of funds: [[sale of family business]]\n"
        "PEP screening: [[no match]]. Sanctions: [[no match]].\n"
        "Reviewer: {xper2.initial_last}  ({xmail1})  Decision {xdate1.iso}",
        (("en_GB", 1), ("en_US", 1), ("en_IN", 1), ("en_AU", 1), ("pt_BR", 1), ("tr_TR", 1)),
    ),
    T(
        "kyc-2",
        "KYC review",
        "Ficha KYC / Know Your Customer\nTitular: {xper1.last_first}\nCPF: {xnat1.br}\n"
        "Data de nascimento: {xdob1.slash}\nEndereço: {xaddr1}\nCelular: {xtel1}\n"
        "Conta: {xacct1.dash}  Agência 0341\nObservação: cliente mencionou que o cônjuge "
        "{xper2.first_last} também é titular. [[Risco baixo]].",
        (("pt_BR", 1),),
    ),
    T(
        "fraud-1",
        "fraud case",
        "FRAUD CASE {xuid1.ticket}\nOpened: {xdate1.iso} by analyst {xper1.handle}\n"
        "Cardholder: {xper2.last_first}, card {xcard1} (blocked)\n"
        "Disputed txn: EUR 1,240.00 at [[online electronics merchant]]\n"
        "Device fingerprint: login from {xip1} via {xmac1}; customer usually {xip2}\n"
        "Phone verification: customer read back {xspoken1} - matches file.\n"
        "Mule account: {xiban1} ({xper3.full})\nStatus: [[escalated to chargeback team]]",
    ),
    T(
        "fraud-2",
        "fraud case",
        "Betrugsverdacht - Fall {xclaim1.dash}\nGeschädigte: {xper1.full}, {xage1} Jahre\n"
        "Angeblicher Enkel rief von {xtel1} an und verlangte Überweisung an {xiban1}.\n"
        "Empfängerkonto lautet auf {xper2.last_first}.\n[[Enkeltrick]], Anzeige in {xtown1} "
        "am {xdate1.eu}",
        DE,
    ),
    T(
        "leave-1",
        "HR leave request",
        "LEAVE REQUEST (self-service portal export)\n"
        "Employee: {xper1.last_first} (emp no {xuid1.emp})\n"
        "Type: [[parental leave]]  From: {xdate1.mdy_long}  To: {xdate2.mdy_long}\n"
        "Manager: {xper2.full}\nCover: {xper3.first_initial}\n"
        "Reachable at {xmail1} / {xtel1} during leave\nHR ref {xuid2.ticket}",
        EN,
    ),
    T(
        "leave-2",
        "HR leave request",
        "Urlaubsantrag / Krankmeldung\nMitarbeiter/in: {xper1.full}   Pers.-Nr. {xuid1.emp}\n"
        "Arbeitsunfähig vom {xdate1.eu} bis {xdate2.eu}\n"
        "Bescheinigung von Dr. {xper2.last}, {xtown1}\n"
        "Vertretung: {xper3.first_last}\n[[Urlaubstage bleiben unberührt]]",
        DE,
    ),
    T(
        "chat-1",
        "chat transcript",
        "[{xdate1.iso} 09:14] {xper1.first}: hi, is this the pharmacy chat?\n"
        "[{xdate1.iso} 09:14] Agent {xper2.first_initial}: yes! how can I help\n"
        "[{xdate1.iso} 09:15] {xper1.first}: refill for my mum {xper3.full}, born "
        "{xdob1.slash}, rx for [[levothyroxine 50 mcg]]\n"
        "[{xdate1.iso} 09:16] Agent {xper2.first_initial}: can you confirm the phone on file?\n"
        "[{xdate1.iso} 09:16] {xper1.first}: {xspoken1}\n"
        "[{xdate1.iso} 09:17] Agent {xper2.first_initial}: thanks, ready after 3pm at "
        "[[the Main Street branch]]",
        EN,
    ),
    T(
        "chat-2",
        "chat transcript",
        "{xdate1.slash}, 21:03 - {xper1.first_last}: oi, chegou o resultado do exame?\n"
        "{xdate1.slash}, 21:05 - {xper2.first_last}: chegou sim. [[hemoglobina 11,2]]\n"
        "{xdate1.slash}, 21:05 - {xper2.first_last}: manda teu CPF de novo? {xnat1.br} é esse?\n"
        "{xdate1.slash}, 21:07 - {xper1.first_last}: isso. e o email {xmail1}\n"
        "{xdate1.slash}, 21:08 - {xper1.first_last}: ‎imagem ocultada",
        (("pt_BR", 1),),
    ),
]

# --- spreadsheets: CSV with quoted cells and line breaks inside them, TSV, fixed width -----
TEMPLATES += [
    T(
        "csv-1",
        "patient list export (CSV)",
        "mrn,name,dob,phone,address,notes\n"
        '{xmrn1},"{xper1.last_first}",{xdob1.iso},"{xtel1}","{xaddr1.lines}",'
        '"[[fasting bloods]] due"\n'
        '{xmrn2},"{xper2.last_first}",{xdob2.iso},"{xtel2}","{xaddr2.lines}",""\n'
        '{xmrn3},"{xper3.caps_last_first_all}",{xdob3.iso},,"{xaddr3}","said ""call '
        'after 5"", son {xper4.first}"\n',
        EN,
    ),
    T(
        "csv-2",
        "payroll export (CSV)",
        "Personalnummer;Name;Vorname;Steuer-ID;IBAN;Eintritt\n"
        "{xuid1.emp};{xper1.last};{xper1.first};{xnat1.de};{xiban1.de};{xdate1.eu}\n"
        "{xuid2.emp};{xper2.last};{xper2.first};{xnat2.de};{xiban2.de};{xdate2.eu}\n"
        '{xuid3.emp};"{xper3.last}";"{xper3.first}";{xnat3.de};{xiban3.de};{xdate3.eu}\n'
        ";;;;Summe;[[3 Mitarbeitende]]",
        DE,
    ),
    T(
        "csv-3",
        "spreadsheet export with day numbers (CSV)",
        "Patient,Visit (serial),Ward,Comment\n"
        '{xper1.full},{xdate1.serial},[[Ward 12]],"Sister {xper2.last} noted:\n'
        '[[pressure area care]] q2h"\n'
        '{xper3.full},{xdate2.serial},[[Ward 12]],"family at {xaddr1}"\n',
        EN,
    ),
    T(
        "tsv-1",
        "lab results export (TSV)",
        "PatientID\tName\tCollected\tTest\tResult\tUnits\n"
        "{xmrn1}\t{xper1.caps_last_first}\t{xdate1.hl7ts}\t[[HbA1c]]\t58\tmmol/mol\n"
        "{xmrn1}\t{xper1.caps_last_first}\t{xdate1.hl7ts}\t[[eGFR]]\t61\tmL/min\n"
        "{xmrn2}\t{xper2.caps_last_first}\t{xdate2.hl7ts}\t[[TSH]]\t3.1\tmU/L\n"
        "# exported by {xper3.handle} from {xip1}\n",
    ),
    T(
        "fixed-1",
        "fixed-width mainframe report",
        "RUN {xdate1.yymmdd}  MEMBER ELIGIBILITY LISTING                     PAGE 0001\n"
        "MEMBER-ID    NAME                        DOB         PLAN\n"
        "------------ --------------------------- ----------  ----\n"
        "{xplan1.bcbs} {xper1.caps_last_first_all}   {xdob1.us}  [[PPO]]\n"
        "{xplan2.bcbs} {xper2.caps_last_first_all}   {xdob2.us}  [[HMO]]\n"
        "{xplan3.bcbs} {xper3.caps_last_first_all}   {xdob3.us}  [[HMO]]\n"
        "*** END OF REPORT ***",
        US,
    ),
    T(
        "pipes-1",
        "markdown table (wiki export)",
        "| Name | Role | Mobile | Badge |\n|---|---|---|---|\n"
        "| {xper1.full} | [[on-call registrar]] | {xtel1} | {xuid1.badge} |\n"
        "| {xper2.full} | [[charge nurse]] | {xtel2} | {xuid2.badge} |\n"
        "| {xper3.full} | [[pharmacist]] | {xtel3} | {xuid3.badge} |\n",
    ),
    T(
        "csv-4",
        "customer export (CSV, semicolon)",
        "id;nom;prénom;date_naissance;téléphone;courriel;adresse\n"
        "{xuid1.hex};{xper1.caps_last};{xper1.first};{xdob1.slash};{xtel1};{xmail1};"
        '"{xaddr1}"\n'
        '{xuid2.hex};{xper2.caps_last};{xper2.first};{xdob2.slash};{xtel2};;"{xaddr2}"\n',
        FR,
    ),
    T(
        "csv-5",
        "vaccination register (CSV)",
        '"Nazwisko i imię","PESEL","Data szczepienia","Preparat","Seria"\n'
        '"{xper1.last_space_first}","{xnat1.pl}","{xdate1.iso}","[[Comirnaty]]",'
        '"{xuid1.badge}"\n'
        '"{xper2.last_space_first}","{xnat2.pl}","{xdate2.iso}","[[Spikevax]]",""\n',
        (("pl_PL", 1),),
    ),
]

# --- configuration and job files ------------------------------------------------------------
TEMPLATES += [
    T(
        "json-1",
        "export job file (JSON)",
        '{\n  "job": "nightly-referral-export",\n  "requested_by": "{xper1.full}",\n'
        '  "notify": ["{xmail1}", "{xmail2}"],\n  "target": "sftp://{xip1}:22/outbound",\n'
        '  "filter": {"mrn": "{xmrn1}", "since": "{xdate1.iso}"},\n'
        '  "comment": "[[do not include imaging]]"\n}',
    ),
    T(
        "yaml-1",
        "pipeline config (YAML)",
        "# owner: {xper1.full} ({xmail1})\nstages:\n  - name: pull\n"
        "    source: https://fhir.internal/Patient?identifier={xmrn1}\n"
        '  - name: deidentify\n    allowlist: ["[[diagnosis]]", "[[medication]]"]\n'
        '  - name: push\n    host: {xip1}\n    contact: "{xtel1}"\n'
        "on_failure:\n  page: {xper2.handle}\n",
    ),
    T(
        "ini-1",
        "connection settings (INI)",
        "; exported {xdate1.iso} by {xper1.handle_under}\n[database]\nhost = {xip1}\n"
        "user = {xper1.handle}\nport = 5432\n\n[reporting]\nrecipient = {xmail1}\n"
        "fax = {xfax1}\nsite = {xtown1}\n; [[retain 30 days]]\n",
    ),
    T(
        "toml-1",
        "service config (TOML)",
        '[service]\nname = "[[appointment-reminders]]"\nmaintainer = "{xper1.full} '
        '({xmail1})"\n\n[sms]\nsender = "{xtel1.e164}"\ntest_recipient = "{xtel2.e164}"\n\n'
        '[test_patient]\nmrn = "{xmrn1}"\ndob = {xdob1.iso}\n',
    ),
    T(
        "json-2",
        "mobile app settings backup (JSON)",
        '{"user":{"displayName":"{xper1.first_last}","email":"{xmail1}","phone":"{xtel1.e164}",'
        '"birthday":"{xdob1.iso}"},"device":{"wifiMac":"{xmac1}","imei":"{xdev1.imei}"},'
        '"emergencyContact":{"name":"{xper2.full}","phone":"{xtel2}"},'
        '"units":"[[metric]]"}',
    ),
    T(
        "yaml-2",
        "study roster (YAML)",
        "study: [[HEART-FAIL-2 observational]]\nsite: {xtown1}\nparticipants:\n"
        "  - id: {xuid1.subject}\n    name: {xper1.full}\n    dob: {xdob1.iso}\n"
        "    consent: {xdate1.iso}\n  - id: {xuid2.subject}\n    name: '{xper2.full}'\n"
        "    dob: {xdob2.iso}\n    consent: {xdate2.iso}\ncoordinator: {xper3.full}\n",
    ),
    T(
        "env-1",
        "environment file (.env)",
        "# .env for staging - {xper1.full}\nADMIN_EMAIL={xmail1}\nSMTP_RELAY={xip1}\n"
        "TEST_CARD={xcard1.plain}\nTEST_IBAN={xiban1.de}\nFEATURE_FLAGS=[[dark-mode]]\n",
        EN,
    ),
]

# --- file paths and file names -------------------------------------------------------------
TEMPLATES += [
    T(
        "paths-1",
        "shared drive listing",
        "Directory of S:\\Referrals\\{xtown1}\n\n"
        "{xdate1.iso}  10:12    241,133 {xper1.last}_{xper1.first}_{xdob1.hl7}_referral.pdf\n"
        "{xdate2.iso}  16:40     88,004 {xmrn1}-{xper2.last}-bloods.xlsx\n"
        "{xdate2.iso}  16:41     12,550 scan {xper3.last_first} {xdate3.iso}.tif\n"
        "               3 File(s)    [[341,687 bytes]]",
        EN,
    ),
    T(
        "paths-2",
        "backup log with paths",
        "rsync: sent /home/{xper1.handle}/Documents/HR/{xper2.handle_under}_contract.docx\n"
        "rsync: sent /home/{xper1.handle}/Documents/HR/sicknote_{xper2.last}_{xdate1.iso}.jpg\n"
        "rsync: sent /srv/imaging/{xmrn1}/{xdate2.hl7}/DX0001.dcm\n"
        "[[total size is 4.1G  speedup is 1.00]]",
    ),
    T(
        "paths-3",
        "e-mail attachment list",
        "Attachments (3):\n  Passport_{xper1.caps_last}_{xpass1}.pdf (1.2 MB)\n"
        "  Payslip {xdate1.iso} - {xper1.full}.pdf (220 KB)\n"
        "  IMG_{xdate2.hl7}_{xuid1.badge}.HEIC (3.4 MB)\n[[Download all]]",
    ),
    T(
        "paths-4",
        "Windows event with user path",
        "Faulting application path: C:\\Users\\{xper1.handle_initial}\\AppData\\Local\\"
        "Dictation\\{xper2.last}_{xdate1.hl7}.wav\nReport Id: {xuid1.hex}\n"
        "Machine: WS-{xdev1.hex} ({xip1})\n[[Faulting module: audio.dll]]",
    ),
]

# --- URLs with query strings, access logs ---------------------------------------------------
TEMPLATES += [
    T(
        "url-1",
        "web access log",
        '{xip1} - {xper1.handle} [{xdate1.iso}:08:14:02 +0000] "GET {xurl1.query} HTTP/1.1" '
        '200 5120\n{xip1} - {xper1.handle} [{xdate1.iso}:08:14:09 +0000] "GET '
        '/static/[[app.css]] HTTP/1.1" 304 0\n'
        '{xip2} - - [{xdate1.iso}:08:15:44 +0000] "POST /login HTTP/1.1" 401 0',
    ),
    T(
        "url-2",
        "link shared in a ticket",
        "Ticket {xuid1.ticket}: user cannot open their results.\n"
        "Link they sent: {xurl1.deep}\nAlso tried {xurl2.share}\n"
        "Profile photo on file: {xphoto1}\nResolution: [[cleared browser cache]]. "
        "Reply sent to {xmail1}.",
    ),
    T(
        "url-3",
        "analytics export (CSV)",
        "timestamp,client_ip,page,referrer\n"
        "{xdate1.fhir},{xip1},/appointments/confirm,{xurl1.query}\n"
        "{xdate1.fhir},{xip1},/[[faq]],\n{xdate2.fhir},{xip2},/profile,{xurl2.profile}\n",
    ),
]

# --- e-mail: quoted replies, forwarded headers ----------------------------------------------
TEMPLATES += [
    T(
        "mail-1",
        "e-mail thread",
        "From: {xmail1} ({xper1.full})\nTo: {xmail2}\nDate: {xdate1.rfc}\n"
        "Subject: Re: [[referral for physiotherapy]]\n\n"
        "Thanks - I've booked her in.\n\n"
        "On {xdate2.mdy_long} at 14:02, {xper2.full} wrote:\n"
        "| Could you see {xper3.first_last} (DOB {xdob1.slash}) for [[frozen shoulder]]?\n"
        "| Her mobile is {xtel1}.\n| Best, {xper2.first}\n",
        EN,
    ),
    T(
        "mail-2",
        "forwarded e-mail",
        "---------- Forwarded message ---------\nFrom: {xper1.full} ({xmail1})\n"
        "Date: {xdate1.rfc}\nSubject: Kontoänderung\nTo: buchhaltung@example.org\n\n"
        "Hallo, bitte überweisen Sie ab sofort an die neue IBAN {xiban1}.\n"
        "Kontoinhaber: {xper1.last_first}\nMfG {xper1.first}\n\n"
        "-- \n{xper2.first}: bitte prüfen, klingt nach [[Rechnungsbetrug]].",
        DE,
    ),
    T(
        "mail-3",
        "e-mail thread",
        "De : {xper1.first_last} ({xmail1})\nEnvoyé : {xdate1.fr}\nÀ : {xmail2}\n"
        "Objet : RE: dossier {xclaim1.dash}\n\nBonjour,\nle numéro de sécurité sociale est "
        "{xnat1.fr}. [[Merci de confirmer la réception]].\n\n"
        "Le {xdate2.slash} à 09:41, {xper2.first_last} a écrit :\n"
        "» Pouvez-vous nous renvoyer l'attestation ? Appelez-moi au {xtel1}.\n",
        FR,
    ),
    T(
        "mail-4",
        "e-mail headers (raw)",
        "Return-Path: {xmail1}\nReceived: from mail.example.net ({xip1}) by mx.example.org;\n"
        '\t{xdate1.rfc}\nFrom: "{xper1.last_first}" {xmail1}\nTo: {xmail2}\n'
        "Cc: {xper2.full} ({xmail3})\nMessage-ID: {xuid1.hex}@mail.example.net\n"
        "Subject: [[Quarterly safety report]]\nX-Originating-IP: [{xip2}]\n",
    ),
    T(
        "mail-5",
        "e-mail thread",
        "Van: {xper1.full} ({xmail1})\nVerzonden: {xdate1.nl}\nAan: {xper2.full}\n"
        "Onderwerp: RE: afspraak\n\nPrima, tot dan. BSN staat in het dossier: {xnat1.nl}.\n\n"
        "Op {xdate2.dash_eu} schreef {xper2.first_last}:\n"
        "    Kunt u [[dinsdagochtend]]? Mijn nummer is {xtel1}.\n",
        NL,
    ),
    T(
        "mail-6",
        "e-mail signature block",
        "Kind regards,\n\n{xper1.full}\n[[Senior Claims Handler]]\nDirect: {xtel1}  |  "
        "Fax: {xfax1}\n{xmail1}\n{xaddr1}\n\nThis e-mail is confidential.",
        GB,
    ),
]

# --- calendar invitations and contact cards ------------------------------------------------
TEMPLATES += [
    T(
        "ical-1",
        "calendar invitation (iCalendar)",
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Clinic//Scheduler//EN\nBEGIN:VEVENT\n"
        "UID:{xuid1.hex}@clinic.example\nDTSTAMP:{xdate1.ical}\nDTSTART:{xdate2.ical}\n"
        "SUMMARY:[[Diabetes review]] - {xper1.full}\n"
        "ORGANIZER;CN={xper2.full}:mailto:{xmail1}\n"
        "ATTENDEE;CN={xper1.full};RSVP=TRUE:mailto:{xmail2}\n"
        "LOCATION:{xaddr1}\nGEO:{xgeo1.geo}\nDESCRIPTION:Bring meter. Call {xtel1} to "
        "rebook.\nEND:VEVENT\nEND:VCALENDAR",
    ),
    T(
        "ical-2",
        "calendar invitation (iCalendar)",
        "BEGIN:VEVENT\nDTSTART;TZID=Europe/Berlin:{xdate1.icallocal}\n"
        "SUMMARY:Mitarbeitergespräch {xper1.last_first}\nDESCRIPTION:Teilnehmende: "
        "{xper1.full}\\, {xper2.full}\\n[[Zielvereinbarung 2027]]\n"
        'ATTENDEE;CN="{xper2.last_first}":mailto:{xmail1}\nEND:VEVENT',
        DE,
    ),
    T(
        "vcard-1",
        "contact card (vCard)",
        "BEGIN:VCARD\nVERSION:3.0\nN:{xper1.last};{xper1.first};;;\nFN:{xper1.first_last}\n"
        "ORG:[[Northside Dialysis Unit]]\nTEL;TYPE=CELL:{xtel1}\nTEL;TYPE=FAX:{xfax1}\n"
        "EMAIL:{xmail1}\nADR;TYPE=HOME:;;{xaddr1.street};{xtown1};;{xzip1};\n"
        "BDAY:{xdob1.iso}\nNOTE:wife {xper2.first}\nEND:VCARD",
    ),
    T(
        "vcard-2",
        "contact card (vCard)",
        "BEGIN:VCARD\nVERSION:4.0\nFN:{xscript1.last_space_first}\nN:{xscript1.last};"
        "{xscript1.first};;;\nTEL;VALUE=uri:{xtel1.rfc}\nEMAIL:{xmail1}\n"
        "X-ANNIVERSARY:{xdate1.iso}\nCATEGORIES:[[family]]\nEND:VCARD",
        ASIA + CYR,
    ),
]

# --- PDF-to-text: broken lines, hyphenation, running headers and footers --------------------
TEMPLATES += [
    T(
        "pdf-1",
        "referral letter (PDF to text)",
        "ST. ELSEWHERE HEALTH TRUST                     {xper1.caps_last_first} {xmrn1}\n\n"
        "Dear Dr {xper2.last},\n\nRe: {xper1.full}, DOB\n{xdob1.slash}, of {xaddr1}\n\n"
        "I would be grate-\nful if you could review this patient with [[recur-\nrent "
        "syncope]]. She lives alone; her neigh-\nbour {xper3.first_last} has a key.\n\n"
        "Page 1 of 2                                     {xper1.caps_last_first} {xmrn1}\n"
        "\f{xper1.caps_last_first} {xmrn1}                                  Page 2 of 2\n"
        "Yours sincerely,\n{xper4.initials}\n",
        GB,
    ),
    T(
        "pdf-2",
        "bank statement (PDF to text)",
        "Kontoauszug Nr. 10/{xdate1.iso}    {xper1.caps_full}\nIBAN {xiban1}\n"
        "Datum Buchungstext Betrag\n{xdate2.eu} SEPA-Lastschrift [[Stadtwerke Strom]] -84,20\n"
        "{xdate3.eu} Überweisung von {xper2.last_first}\nVerwendungszweck: Miete "
        "Wohnung {xaddr1} 950,00\nSeite 1/1 {xper1.caps_full} Kunden-Nr. {xacct1.plain}",
        DE,
    ),
    T(
        "pdf-3",
        "lab report (PDF to text)",
        "LABORATORY REPORT                      Patient: {xper1.last_first}\nMRN:\n{xmrn1}\n"
        "Collected:\n{xdate1.dash_mon}\nOrdering\nphysician: {xper2.initials_caps_last}\n\n"
        "[[Haemoglobin]]        98 g/L      (L)\n[[Ferritin]]           8 ug/L      (L)\n\n"
        "Validated by {xper3.full}, [[Biomedical Scientist]], HCPC {xlic1.rn}\n"
        "- 1 -                                   printed for {xper2.handle}",
    ),
    T(
        "pdf-4",
        "court order (PDF to text)",
        "IN THE FAMILY COURT AT {xtown1}                  Case No. {xclaim1.letters}\n"
        "BETWEEN\n{xper1.caps_full}\nApplicant\nand\n{xper2.caps_full}\nRespondent\n"
        "ORDER made on {xdate1.long}. The child {xper3.first} (born {xdob1.long}) shall "
        "live with the appli-\ncant. [[Contact to be supervised]].\n"
        "Case No. {xclaim1.letters}      Page 1",
        GB,
    ),
]

# --- HL7 v2, FHIR, X12, EDIFACT, escaped XML, logs -----------------------------------------
TEMPLATES += [
    T(
        "hl7-1",
        "HL7 v2 ADT message",
        "MSH|^~\\&|PAS|GENHOSP|LAB|GENHOSP|{xdate1.hl7ts}||ADT^A01|{xuid1.hex}|P|2.5\r"
        "PID|1||{xmrn1}^^^GENHOSP^MR~{xssn1.plain}^^^SSA^SS||{xper1.caps_last}^"
        "{xper1.caps_first}^^^^^L||{xdob1.hl7}|F|||{xaddr1.street}^^{xtown1}^^{xzip1}||"
        "{xtel1.plain}\rNK1|1|{xper2.caps_last}^{xper2.caps_first}|SPO|||{xtel2.plain}\r"
        "PV1|1|I|[[MED^W4^BED2]]||||{xlic1.npi}^{xper3.caps_last}^{xper3.caps_first}\r"
        "DG1|1||[[I21.4^NSTEMI^I10]]",
        US,
    ),
    T(
        "hl7-2",
        "HL7 v2 lab result (ORU)",
        "MSH|^~\\&|LIS|LABCO|EHR|CLINIC|{xdate1.hl7ts}||ORU^R01|{xuid1.ticket}|P|2.3\n"
        "PID|||{xmrn1}||{xper1.last}^{xper1.first}||{xdob1.hl7}\n"
        "ORC|RE||||||||||{xlic1.npi}^{xper2.last}^{xper2.first}\n"
        "OBX|1|NM|[[2345-7^Glucose^LN]]||6.1|mmol/L|3.9-5.5|H\n"
        "NTE|1||Phoned to {xper3.first_last} on {xspoken1}",
    ),
    T(
        "fhir-1",
        "FHIR Patient resource (JSON)",
        '{\n  "resourceType": "Patient",\n  "identifier": [\n'
        '    {"system": "urn:oid:2.16.840.1.113883.2.1.4.1", "value": "{xnat1.gb}"},\n'
        '    {"system": "https://hospital.example/mrn", "value": "{xmrn1}"}\n  ],\n'
        '  "name": [{"family": "{xper1.last}", "given": ["{xper1.first}"]}],\n'
        '  "telecom": [{"system": "phone", "value": "{xtel1}"}, {"system": "email", '
        '"value": "{xmail1}"}],\n  "gender": "female",\n  "birthDate": "{xdob1.iso}",\n'
        '  "address": [{"text": "{xaddr1}"}],\n'
        '  "generalPractitioner": [{"display": "Dr {xper2.full}"}],\n'
        '  "extension": [{"url": "note", "valueString": "[[prefers afternoon visits]]"}]\n}',
        GB,
    ),
    T(
        "fhir-2",
        "FHIR Bundle (JSON, one line)",
        '{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":'
        '"Patient","id":"{xuid1.hex}","name":[{"text":"{xper1.full}"}],"birthDate":'
        '"{xdob1.iso}"}},{"resource":{"resourceType":"Coverage","subscriberId":"{xplan1}",'
        '"payor":[{"display":"[[Medicaid]]"}]}},{"resource":{"resourceType":"Device",'
        '"serialNumber":"{xdev1.pacer}","udiCarrier":[{"carrierHRF":"{xdev2.udi}"}]}},'
        '{"resource":{"resourceType":"Encounter","period":{"start":"{xdate1.fhir}"}}}]}',
        US,
    ),
    T(
        "x12-1",
        "X12 837 claim",
        "ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*PAYER          *{xdate1.yymmdd}"
        "*1200*^*00501*000000905*0*P*:~\nNM1*85*2*[[VALLEY FAMILY PRACTICE]]*****XX*"
        "{xlic1.npi}~\nNM1*IL*1*{xper1.caps_last}*{xper1.caps_first}****MI*{xplan1}~\n"
        "N3*{xaddr1.street}~\nN4*{xtown1}*{xzip1}~\nDMG*D8*{xdob1.hl7}*M~\n"
        "CLM*{xclaim1.icn}*150***11:B:1*Y*A*Y*Y~\nDTP*472*D8*{xdate2.hl7}~\n"
        "HI*ABK:[[E1165]]*ABF:[[I10]]~",
        US,
    ),
    T(
        "x12-2",
        "X12 270 eligibility inquiry",
        "ST*270*0001*005010X279A1~\nBHT*0022*13*{xuid1.hex}*{xdate1.hl7}*1030~\n"
        "NM1*1P*1*{xper1.caps_last}*{xper1.caps_first}****XX*{xlic1.npi}~\n"
        "NM1*IL*1*{xper2.caps_last}*{xper2.caps_first}****MI*{xplan1.member}~\n"
        "DMG*D8*{xdob1.hl7}~\nEQ*[[30]]~\nSE*8*0001~",
        US,
    ),
    T(
        "edifact-1",
        "EDIFACT passenger list (PAXLST)",
        "UNA:+.? 'UNB+UNOA:4+AIRLINE+BORDER+{xdate1.yymmdd}:0930+{xuid1.badge}'\n"
        "UNH+PAX0042+PAXLST:D:05B:UN:IATA'\nNAD+FL+++{xper1.caps_last}:{xper1.caps_first}'\n"
        "ATT+2++F'\nDTM+329:{xdob1.yymmdd}'\nLOC+178+[[LHR]]'\nLOC+179+[[JFK]]'\n"
        "NAT+2+{xuid2.subject}'\nDOC+P:110:111+{xpass1}'\nDTM+36:{xdate2.yymmdd}'\n"
        "NAD+FL+++{xper2.caps_last}:{xper2.caps_first}'\nDOC+P:110:111+{xpass2}'\nUNT+12+1'",
    ),
    T(
        "edifact-2",
        "EDIFACT invoice (INVOIC)",
        "UNH+ME000001+INVOIC:D:96A:UN'\nBGM+380+{xclaim1.dash}+9'\n"
        "DTM+137:{xdate1.hl7}:102'\nNAD+IV+++{xper1.caps_full}+{xaddr1.street}+{xtown1}++"
        "{xzip1}'\nFII+RB+{xiban1}'\nLIN+1++[[4000862141404:SRV]]'\nUNT+7+ME000001'",
        DE + NL,
    ),
    T(
        "xml-1",
        "SOAP fault log (escaped XML)",
        "2026-10-22T03:14:07Z ERROR PixClient - fault from {xip1}: "
        "&lt;soap:Fault&gt;&lt;faultstring&gt;Duplicate patient&lt;/faultstring&gt;"
        "&lt;detail&gt;&lt;name&gt;{xper1.last_first}&lt;/name&gt;&lt;id&gt;{xmrn1}&lt;/id&gt;"
        "&lt;dob&gt;{xdob1.iso}&lt;/dob&gt;&lt;/detail&gt;&lt;/soap:Fault&gt;\n"
        "[[retry scheduled in 300 s]]",
    ),
    T(
        "xml-2",
        "CDA fragment in a JSON message (escaped XML)",
        '{"docType":"[[CCD]]","body":"\\u003crecordTarget\\u003e\\u003cpatientRole\\u003e'
        '\\u003cid extension=\\"{xmrn1}\\"/\\u003e\\u003cpatient\\u003e\\u003cname\\u003e'
        "\\u003cgiven\\u003e{xper1.first}\\u003c/given\\u003e\\u003cfamily\\u003e{xper1.last}"
        '\\u003c/family\\u003e\\u003c/name\\u003e\\u003cbirthTime value=\\"{xdob1.hl7}\\"/'
        '\\u003e\\u003c/patient\\u003e\\u003c/patientRole\\u003e\\u003c/recordTarget\\u003e"}',
        US,
    ),
    T(
        "log-1",
        "application log (JSON lines)",
        '{"ts":"{xdate1.fhir}","lvl":"INFO","msg":"login ok","user":"{xmail1}",'
        '"ip":"{xip1}"}\n{"ts":"{xdate1.fhir}","lvl":"WARN","msg":"[[password expires soon]]",'
        '"user":"{xmail1}"}\n{"ts":"{xdate2.fhir}","lvl":"ERROR","msg":"payment declined for '
        'card {xcard1.plain}","customer":"{xper1.full}","ip":"{xip2}"}',
    ),
    T(
        "log-2",
        "syslog (DHCP and VPN)",
        "{xdate1.dash_mon} 07:02:11 gw01 dhcpd: DHCPACK on {xip1} to {xmac1} "
        "({xper1.handle}-laptop) via eth1\n{xdate1.dash_mon} 07:02:15 gw01 vpn: user "
        "{xper1.handle} connected from {xip2}\n"
        "{xdate1.dash_mon} 07:40:00 gw01 kernel: [[eth1 link up 1000Mbps]]",
    ),
    T(
        "log-3",
        "crash report",
        "Crash report for Dictation 5.2\nUser: {xper1.full} ({xmail1})\nHost: {xip1}\n"
        "Device: {xdev1.hex}\nOpen document: letter_{xper2.last}_{xdob1.hl7}.docx\n"
        "[[NullReferenceException in AudioBuffer.Flush]]",
    ),
]

# --- numbers read over the phone ----------------------------------------------------------
TEMPLATES += [
    T(
        "phone-1",
        "call centre note",
        "Inbound call {xdate1.iso} 10:42, agent {xper1.first_initial}\n"
        "Caller gave name as {xper2.full}, callback number {xspoken1}.\n"
        "Read card number as {xsaid1} - [[card not found, advised to check app]].\n"
        "Verified DOB {xdob1.spoken}.",
        EN,
    ),
    T(
        "phone-2",
        "voicemail transcript",
        "Voicemail from {xtel1} ({xdate1.rfc}), 0:41\n\"Hi, it's {xper1.first} {xper1.last}, "
        "calling about my mother's [[hip replacement]] appointment. You can reach me on "
        "{xspoken1}, that's {xspoken1}. Her billing account is {xsaid1}. Thanks, bye.\"",
        EN,
    ),
    T(
        "phone-3",
        "Telefonnotiz",
        "Telefonnotiz {xdate1.eu}\nAnrufer: Herr {xper1.last}, Rückruf unter {xspoken1.de}.\n"
        "Kontonummer durchgegeben: {xsaid1.de}\nAnliegen: [[Rezept für Ramipril]] für die "
        "Ehefrau {xper2.full}.",
        DE,
    ),
    T(
        "phone-4",
        "message téléphonique",
        "Message pour Dr {xper1.last} - {xdate1.slash}\nMme {xper2.caps_last} a appelé, "
        "rappeler au {xspoken1.fr}.\nNuméro de dossier dicté : {xsaid1.fr}.\n"
        "[[Demande de renouvellement d'ordonnance]].",
        FR,
    ),
    T(
        "phone-5",
        "nota de llamada",
        "Llamada {xdate1.slash}: {xper1.full} pide cita para su padre {xper2.first_last} "
        "({xage1} años). Teléfono dictado: {xspoken1.es}. Cuenta: {xsaid1.es}. "
        "[[Dolor lumbar crónico]].",
        ES,
    ),
    T(
        "phone-6",
        "IVR transcript",
        "IVR: Please say or enter your account number.\nCALLER: {xsaid1}\n"
        "IVR: Now please say your date of birth, day first.\nCALLER: {xdob1.spoken}\n"
        "IVR: Thank you {xper1.first}. Your balance is [[forty-two pounds]].\n"
        "CALLER: agent. AGENT {xper2.first}: I see a callback request to {xtel1}.",
        GB,
    ),
]

# --- scans with look-alike characters (OCR text layers) -------------------------------------
TEMPLATES += [
    T(
        "ocr-1",
        "scanned registration form (OCR)",
        "PAT1ENT REG1STRAT10N F0RM\nSurname: {xper1.caps_last}   Forename(s): {xper1.caps_first}\n"
        "Date of Birth: {xdob1.ocr}\nNHS No: {xnat1.ocr}\nAddress: {xaddr1}\n"
        "Tel: {xtel1.ocr}\n[[Allergies: penici11in]]\nSigned ____ {xper1.initial_last}",
        GB,
        ("GB",),
    ),
    T(
        "ocr-2",
        "scanned invoice (OCR)",
        "INV0ICE N0. {xclaim1.ocr}\nBill to: {xper1.full}\n{xaddr1}\n"
        "Acc0unt: {xacct1.ocr}\nIBAN: {xiban1.ocr}\n[[Tota1 due 1,2OO.OO]]",
    ),
    T(
        "ocr-3",
        "scanned ID card (OCR, MRZ)",
        "IDENTITY CARD / CARTE D'IDENTITE\n{xper1.caps_last}\n{xper1.caps_first}\n"
        "{xdob1.eu}  {xtown1}\nDoc: {xpass1}\n"
        "[[MRZ line unreadable]]\n",
        FR + DE,
    ),
    T(
        "ocr-4",
        "faxed prescription (OCR)",
        "FAX FR0M {xfax1}   {xdate1.rfc}   P.1/1\nRx for: {xper1.full}  D0B {xdob1.ocr}\n"
        "[[Amoxici11in 500mg TDS x 7 days]]\nPrescriber: {xper2.full}  DEA {xlic1.dea}\n"
        "Pharmacy fax back: {xfax2}",
        US,
    ),
]

# --- code-switching -------------------------------------------------------------------------
TEMPLATES += [
    T(
        "switch-1",
        "ward handover (English and Spanish)",
        "Handover bed 4: {xper1.first_last}, {xage1} y/o. Hija {xper2.first} dice que "
        "[[no ha comido desde ayer]]. Daughter's phone {xtel1}. Plan: [[IV fluids]], "
        "repeat U&Es mañana. Médico de familia Dr. {xper3.last} en {xtown1}.",
        (("es_MX", 2), ("en_US", 1)),
    ),
    T(
        "switch-2",
        "chat transcript (Hindi-English)",
        "{xper1.first}: bhai, report aa gaya? [[blood sugar]] kitna tha?\n"
        "{xper2.first}: haan, fasting 142. Aadhaar chahiye tha claim ke liye: {xnat1.in}\n"
        "{xper1.first}: ok. Papa ka DOB {xdob1.slash} hai, mobile {xtel1}\n"
        "{xper2.first}: thik hai, {xmail1} pe bhej diya",
        (("en_IN", 2), ("hi_IN", 1)),
    ),
    T(
        "switch-3",
        "Slack export (JSON, German and English)",
        '[{"ts":"{xdate1.fhir}","user":"{xper1.handle}","text":"kann jemand den Patienten '
        '{xper2.last_first} übernehmen? MRN {xmrn1}"},\n'
        '{"ts":"{xdate1.fhir}","user":"{xper3.handle}","text":"on it - [[Sepsis-Screening]] '
        'läuft, call me on {xtel1}"}]',
        DE,
    ),
    T(
        "switch-4",
        "WhatsApp export (Arabic and English)",
        "{xdate1.slash}, 18:22 - {xscript1.first}: السلام عليكم, appointment for {xper1.full} "
        "tomorrow?\n{xdate1.slash}, 18:25 - {xper2.first_last}: yes 10am, [[عيادة القلب]] "
        "(cardiology). Bring ID {xnat1}\n{xdate1.slash}, 18:26 - {xscript1.first}: شكرا",
        (("ar_AA", 1),),
        ("IL", "TR", "IN"),
    ),
    T(
        "switch-5",
        "e-mail (Japanese and English)",
        "{xscript1.last}様\n\nお世話になっております。Re: visa support letter for "
        "{xper1.full}.\nパスポート番号: {xpass1}\n生年月日: {xdob1.ja}\n"
        "[[よろしくお願いいたします]]。\n{xper2.full} ({xmail1})",
        (("ja_JP", 1),),
    ),
    T(
        "switch-6",
        "chat transcript (Russian and English)",
        "{xscript1.first}: привет, ты отправил документы для {xper1.first_last}?\n"
        "{xper2.first}: yes, sent to {xmail1}. Дата рождения {xdob1.ru}\n"
        "{xscript1.first}: [[спасибо]], и телефон {xtel1}",
        (("ru_RU", 2), ("uk_UA", 1)),
    ),
    T(
        "switch-7",
        "clinic note (Tagalog and English)",
        "Pasyente: {xper1.full}, {xage1} taong gulang. Dumating kasama ang apo na si "
        "{xper2.first}. C/O [[hirap huminga]] x 3 days. Cel no. {xtel1}. "
        "Nakatira sa {xaddr1}.",
        (("tl_PH", 1), ("en_PH", 1)),
    ),
]

# --- ordinary forms and prose, many languages ---------------------------------------------
TEMPLATES += [
    T(
        "rx-1",
        "prescription",
        "Receita médica (segunda via)\n"
        "Paciente: {xper1.full}\nCPF {xnat1.br}  Nasc. {xdob1.slash}\n"
        "Uso oral: [[losartana 50 mg]], 1 comprimido ao dia.\n"
        "Dr(a). {xper2.full} - CRM-SP {xlic1.gmc}\n{xtown1}, {xdate1.pt}",
        (("pt_BR", 1),),
    ),
    T(
        "rx-2",
        "prescription label",
        "{xper1.caps_last_first}\n[[METFORMIN 500MG TABS]]  Qty 60\n"
        "Take 1 tablet by mouth twice daily\nRx# {xmrn1.prefixed}  Filled {xdate1.us}\n"
        "Dr. {xper2.initial_last}   Refills: 2\n[[Valley Pharmacy]] {xtel1}",
        US,
    ),
    T(
        "labreq-1",
        "lab requisition",
        "Laboratory requisition\nName: {xper1.last_first}  Sex: M  DOB: {xdob1.iso}\n"
        "Health card: {xnat1.ca}\nTests: [[CBC]], [[ferritin]], [[TSH]]\n"
        "Requested by {xper2.full}, CPSO {xlic1.gmc}\nCopy to: Dr {xper3.last}, fax {xfax1}",
        (("en_CA", 2), ("fr_CA", 1)),
    ),
    T(
        "sms-1",
        "appointment reminder (SMS)",
        "From {xtel1}: Hi {xper1.first}, reminder of your [[dental check-up]] on "
        "{xdate1.long} at 9:40 with {xper2.initial_last}. Reply C to confirm. "
        "Manage: {xurl1.share}",
        EN,
    ),
    T(
        "sms-2",
        "SMS (Swedish)",
        "Hej {xper1.first}! Påminnelse: [[provtagning]] {xdate1.sv} kl 08.15 på "
        "vårdcentralen i {xtown1}. Ta med legitimation. Frågor? Ring {xtel1}. "
        "Personnummer: {xnat1.se}",
        (("sv_SE", 1),),
    ),
    T(
        "bank-1",
        "bank transfer confirmation",
        "Potwierdzenie przelewu\nZleceniodawca: {xper1.full}\nZ rachunku: {xiban1.pl}\n"
        "Odbiorca: {xper2.caps_full}\nNa rachunek: {xiban2.pl}\nKwota: 1 250,00 PLN\n"
        "Tytuł: [[czynsz za październik]]\nData: {xdate1.pl}",
        (("pl_PL", 1),),
    ),
    T(
        "swift-1",
        "SWIFT MT103 payment",
        "{1:F01BANKDEFFAXXX0000000000}{2:I103BANKGB2LXXXXN}\n:20:{xuid1.ticket}\n"
        ":32A:{xdate1.yymmdd}EUR4500,00\n:50K:/{xiban1}\n{xper1.caps_full}\n{xaddr1}\n"
        ":59:/{xiban2}\n{xper2.caps_full}\n:70:[[INVOICE 2026-118 CONSULTING]]\n:71A:SHA",
    ),
    T(
        "police-1",
        "police report",
        "INCIDENT REPORT  Ref {xclaim1.dash}\nReporting officer: PC {xper1.last} "
        "(collar no. {xuid1.badge})\nVictim: {xper2.full}, DOB {xdob1.slash}, of {xaddr1}\n"
        "Suspect vehicle: {xveh1.plate}, described as a [[silver hatchback]].\n"
        "Witness {xper3.first_last} (tel {xtel1}) saw the vehicle near {xtown1} on "
        "{xdate1.long}.",
        GB,
    ),
    T(
        "parking-1",
        "parking fine",
        "Avis de contravention - stationnement\n"
        "Immatriculation : {xveh1.plate}\nDate de l'infraction : "
        "{xdate1.fr}\nLieu : {xaddr1}\nTitulaire : {xper1.caps_last} {xper1.first}\n"
        "[[Stationnement gênant]] - 135 EUR\nPayer en ligne : {xurl1.deep}",
        FR,
    ),
    T(
        "implant-1",
        "implant card",
        "PATIENT IMPLANT CARD\nPatient: {xper1.full}\nImplant date: {xdate1.iso}\n"
        "Device: [[dual-chamber pacemaker]]\nSerial: {xdev1.pacer}\nUDI: {xdev2.udi}\n"
        "Implanting hospital: {xtown1}   Physician: {xper2.initials}\n"
        "Remote monitor MAC: {xmac1}",
        EN + DE,
    ),
    T(
        "asset-1",
        "IT asset inventory (CSV)",
        "asset_tag,assigned_to,email,serial,mac,ip,last_seen\n"
        "{xuid1.badge},{xper1.full},{xmail1},{xdev1.hex},{xmac1},{xip1},{xdate1.iso}\n"
        "{xuid2.badge},{xper2.full},{xmail2},{xdev2.imei},{xmac2.dash},{xip2},{xdate2.iso}\n"
        "{xuid3.badge},[[spare pool]],,{xdev3.hex},{xmac3.cisco},,\n",
    ),
    T(
        "ship-1",
        "shipping manifest",
        "AIR WAYBILL {xclaim1.icn}\nShipper: {xper1.full}, {xaddr1}, {xtel1}\n"
        "Consignee: {xper2.full}, {xaddr2}, {xtel2}\nContents: [[personal effects, "
        "books]]\nDeclared value USD 300\nShip date {xdate1.dash_mon}",
    ),
    T(
        "travel-1",
        "travel booking confirmation",
        "Booking ref {xuid1.ticket}\nPassenger 1: {xper1.caps_last}/{xper1.caps_first} MR\n"
        "Passenger 2: {xper2.caps_last}/{xper2.caps_first} MS\nFlight [[LH 401]] "
        "{xdate1.dash_mon}\nPassport (pax 1): {xpass1}\nContact: {xmail1}, {xtel1}\n"
        "Paid with card ending {xcard1}",
    ),
    T(
        "visa-1",
        "visa application",
        "APPLICATION FOR A SCHENGEN VISA\n1. Surname: {xper1.caps_last}\n"
        "3. First name(s): {xper1.caps_first}\n4. Date of birth: {xdob1.eu}\n"
        "5. Place of birth: {xtown1}\n13. Travel document no.: {xpass1}\n"
        "19. Home address and e-mail: {xaddr1}, {xmail1}\n"
        "31. Inviting person: {xper2.full}, {xaddr2}, tel. {xtel1}\n"
        "Purpose: [[visiting family]]",
        (("tr_TR", 1), ("hi_IN", 1), ("id_ID", 1), ("vi_VN", 1), ("en_IN", 1)),
    ),
    T(
        "school-1",
        "school enrolment form",
        "Inschrijfformulier basisschool\nNaam leerling: {xper1.full}\n"
        "Geboortedatum: {xdob1.nl}\nBSN: {xnat1.nl}\nOuder/verzorger 1: {xper2.full}, "
        "{xtel1}\nOuder/verzorger 2: {xper3.full}, {xmail1}\nAdres: {xaddr1}\n"
        "[[Groep 3]], start {xdate1.dash_eu}",
        NL,
    ),
    T(
        "tenancy-1",
        "tenancy agreement",
        "ASSURED SHORTHOLD TENANCY AGREEMENT (England, 12 months)\n"
        "This agreement is made on {xdate1.long} "
        'between {xper1.full} ("the Landlord") of {xaddr1} and {xper2.full} and '
        '{xper3.full} ("the Tenants").\nProperty: {xaddr2}\nRent: [[GBP 1,150 per '
        "calendar month]], paid to sort code and account {xacct1.uk}.",
        GB,
    ),
    T(
        "contract-1",
        "employment contract",
        "Contrato de trabajo\nEn {xtown1}, a {xdate1.es}\nDe una parte, {xper1.full}, con "
        "DNI {xnat1.es}, en nombre de la empresa.\nDe otra parte, {xper2.full}, con DNI "
        "{xnat2.es}, domiciliado en {xaddr1}.\nCategoría: [[técnico de laboratorio]].\n"
        "Número de afiliación a la Seguridad Social: {xuid1.subject}",
        (("es_ES", 1),),
    ),
    T(
        "expense-1",
        "expense report",
        "Expense claim - {xper1.full} ({xuid1.emp})\n{xdate1.iso}  Taxi to {xtown1}  "
        "[[38.50]]\n{xdate2.iso}  Hotel  [[212.00]]\nReimburse to {xiban1}\n"
        "Approved: {xper2.initial_last}",
    ),
    T(
        "death-1",
        "death certificate",
        "MEDICAL CERTIFICATE OF CAUSE OF DEATH (copy for registrar)\n"
        "Name of deceased: {xper1.full}\n"
        "Date of death: {xdate1.long}   Age: {xage1}\nPlace of death: {xaddr1}\n"
        "I (a) [[bronchopneumonia]] (b) [[Alzheimer's disease]]\n"
        "Certifying doctor: {xper2.full}, GMC {xlic1.gmc}\nInformant: {xper3.full} (son)",
        GB,
    ),
    T(
        "birth-1",
        "birth registration",
        "Geburtsanzeige\nKind: {xper1.first} {xper2.last}\nGeboren am {xdate1.de} um 04:12 "
        "in {xtown1}\nMutter: {xper3.full}, geb. {xdob1.eu}\nVater: {xper2.full}\n"
        "Wohnanschrift: {xaddr1}\n[[Einlingsgeburt, 3420 g]]",
        DE,
    ),
    T(
        "vacc-1",
        "vaccination record",
        "Libretto vaccinale\nCognome e nome: {xper1.last_space_first}\n"
        "Codice fiscale: {xnat1.it}\nNato/a il {xdob1.it} a {xtown1}\n"
        "{xdate1.slash} [[esavalente]] dose 1 - dott.ssa {xper2.last}\n"
        "{xdate2.slash} [[MPRV]] dose 1",
        IT,
    ),
    T(
        "consent-1",
        "consent form",
        "CONSENT TO SHARE INFORMATION\nI, {xper1.full}, date of birth {xdob1.long}, agree "
        "that [[my GP and the memory clinic]] may share my records. My daughter "
        "{xper2.full} (phone {xtel1}) may be contacted on my behalf.\n"
        "Signed: {xper1.initials}   Witness: {xper3.full}   Date: {xdate1.slash}",
        GB,
    ),
    T(
        "handover-1",
        "nursing handover sheet",
        "BED | PATIENT | AGE | ISSUES\n1 | {xper1.caps_last_first} | {xage1} | [[falls risk]], "
        "family {xper2.first} visiting\n2 | {xper3.caps_last_first} | 67 | [[NBM from "
        "midnight]]\n3 | {xper4.caps_last_first} | 81 | son {xper5.full} to call {xtel1}\n",
        EN,
    ),
    T(
        "ambulance-1",
        "ambulance patient report",
        "PCR {xclaim1.dash}  Call received {xdate1.hl7ts}\nPt: {xper1.full}  Age: {xage1}\n"
        "Scene: {xaddr1} ({xgeo1})\nC/C: [[fall with long lie]]\nCrew: {xper2.initial_last}, "
        "{xper3.initial_last}\nVehicle: {xveh1.plate}",
    ),
    T(
        "homecare-1",
        "home care visit log",
        "Kotihoidon käyntikirjaus\nAsiakas: {xper1.full}, hetu {xnat1.fi}\n"
        "Osoite: {xaddr1}\n{xdate1.eu} klo 8.10 - hoitaja {xper2.first_initial}: "
        "[[lääkkeet annettu]], verenpaine 138/82.\nOmainen: {xper3.full}, {xtel1}",
        (("fi_FI", 1),),
    ),
    T(
        "dental-1",
        "dental chart note",
        "Patient: {xper1.last_first} | Chart {xmrn1}\n{xdate1.us}: [[#19 MOD composite]], "
        "pt tolerated well. Next recall in 6 months. Insurance subscriber: {xper2.full}, "
        "member {xplan1.member}.",
        US,
    ),
    T(
        "optometry-1",
        "spectacle prescription",
        "Brillenpass\n{xper1.full}, geb. {xdob1.eu}\nR: [[sph -2,25 cyl -0,50 Achse 180]]\n"
        "L: [[sph -2,00]]\nAugenoptik {xper2.last}, {xaddr1}, Tel. {xtel1}",
        DE,
    ),
    T(
        "genetic-1",
        "genetic test report",
        "GENETIC TEST REPORT\nPatient: {xper1.full}   DOB: {xdob1.iso}   Specimen: "
        "{xbio1}\nReferring clinician: {xper2.full}\nFinding: [[heterozygous pathogenic "
        "variant in BRCA2]]\nFamily member tested: {xper3.full} (sister), specimen {xbio2}",
    ),
    T(
        "trial-1",
        "clinical trial enrolment log",
        "Subject ID | Initials | Screening date | Randomised | Consent version\n"
        "{xuid1.subject} | {xper1.initials_nodot_last} | {xdate1.dash_mon} | Y | [[v3.1]]\n"
        "{xuid2.subject} | {xper2.initials_nodot_last} | {xdate2.dash_mon} | N | [[v3.1]]\n"
        "Site PI: {xper3.full}",
    ),
    T(
        "minutes-1",
        "meeting minutes",
        "Minutes - safeguarding meeting, {xdate1.long}\nPresent: {xper1.full} (chair), "
        "{xper2.full}, {xper3.full}\n1. Case of {xper4.full} ({xage1}), lives at {xaddr1}: "
        "[[referral to adult social care agreed]].\nActions: {xper2.first} to phone the "
        "family on {xtel1}.",
        EN,
    ),
]

# --- more forms, prose and exports ---------------------------------------------------------
TEMPLATES += [
    T(
        "support-1",
        "customer support ticket",
        "#{xuid1.ticket} [[Cannot log in to patient portal]]\nRequester: {xper1.full} "
        "({xmail1})\nCreated: {xdate1.fhir}\n\nHi, my username used to be {xper1.handle}. "
        "I changed phone to {xtel1}. My date of birth is {xdob1.us}.\n\n--- Internal note "
        "({xper2.first}): reset MFA, logged from {xip1}.",
        EN,
    ),
    T(
        "loan-1",
        "loan application",
        "Kreditantrag Ratenkredit\nAntragsteller: {xper1.full}\nGeburtsdatum: {xdob1.eu}\n"
        "Steuer-ID: {xnat1.de}\nArbeitgeber seit {xdate1.eu}, Nettoeinkommen [[3.200 EUR]]\n"
        "Mitantragstellerin: {xper2.full}\nReferenzkonto: {xiban1.de}\nKfz: {xveh1.vin}",
        DE,
    ),
    T(
        "tax-1",
        "tax summary",
        "Résumé de déclaration d'impôts {xdate1.iso}\nDéclarant 1 : {xper1.caps_full}, "
        "numéro fiscal {xuid1.subject}\nDéclarant 2 : {xper2.caps_full}\nAdresse : "
        "{xaddr1}\n[[Revenu fiscal de référence]] : 48 210 EUR\nRemboursement sur "
        "{xiban1}",
        FR,
    ),
    T(
        "pension-1",
        "pension statement",
        "Annual Benefit Statement as at {xdate1.long}\nMember: {xper1.full}\n"
        "National Insurance number on file, PPS {xnat1.ie}\nDate of birth: {xdob1.slash}\n"
        "[[Normal retirement age 66]]\nNominated beneficiary: {xper2.full}, {xaddr1}",
        (("en_IE", 1),),
    ),
    T(
        "policy-1",
        "insurance policy schedule",
        "POLICY SCHEDULE\nPolicyholder: {xper1.full}\nPolicy number: {xclaim1.letters}\n"
        "Insured vehicle: {xveh1.plate} (VIN {xveh2.vin})\nNamed drivers: {xper1.first_last}, "
        "{xper2.first_last} (licence {xlic1.dl})\nPeriod from {xdate1.slash}\n"
        "[[Comprehensive cover, excess GBP 250]]",
        GB,
    ),
    T(
        "hotel-1",
        "hotel registration card",
        "Meldeschein / Registration form\nName: {xper1.last_first}\nGeburtsdatum: "
        "{xdob1.eu}\nStaatsangehörigkeit: [[türkisch]]\nAusweis-Nr.: {xpass1}\n"
        "Anschrift: {xaddr1}\nAnreise: {xdate1.eu}   Mitreisende: {xper2.full}",
        DE,
    ),
    T(
        "gym-1",
        "gym membership form",
        "MEMBERSHIP APPLICATION\nFull name: {xper1.full}\nMobile: {xtel1}\nEmail: {xmail1}\n"
        "DOB: {xdob1.slash}\nDirect debit: BSB/account {xacct1.dash}\n"
        "Emergency contact: {xper2.full} {xtel2}\nHealth declaration: [[asthma, "
        "controlled]]\nAccess card: {xuid1.badge}   Face scan ID: {xbio1}",
        (("en_AU", 2), ("en_NZ", 1)),
    ),
    T(
        "immig-1",
        "immigration form",
        "Arrival card\nFamily name: {xper1.caps_last}\nGiven names: {xper1.caps_first}\n"
        "Passport number: {xpass1}\nDate of birth: {xdob1.slash}\nAddress in country: "
        "{xaddr1}\nFlight: [[NZ 2]]  Arrival {xdate1.slash}",
        (("en_NZ", 1), ("en_AU", 1)),
    ),
    T(
        "sicknote-1",
        "sick note",
        "Avis d'arrêt de travail\nAssuré(e) : {xper1.caps_last} {xper1.first}\n"
        "N° d'immatriculation : {xnat1.fr}\nArrêt du {xdate1.slash} au {xdate2.slash} "
        "inclus\n[[Sorties autorisées]]\nMédecin : Dr {xper2.full}, RPPS {xlic1.lanr}",
        FR,
    ),
    T(
        "git-1",
        "version-control log",
        "commit {xuid1.hex}\nAuthor: {xper1.full} ({xmail1})\nDate:   {xdate1.rfc}\n\n"
        "    [[fix rounding in dose calculator]]\n\n    Reported-by: {xper2.full}\n"
        "    Test data used patient {xmrn1} by mistake - removed.\n",
    ),
    T(
        "review-1",
        "code review comment",
        "{xper1.handle} commented on tests/fixtures/patients.json line 12:\n"
        "| this fixture still has a real-looking SSN ({xssn1}) and phone {xtel1} - please "
        "swap for [[synthetic values]]\n{xper2.handle}: good catch, also {xper3.full}'s DOB "
        "{xdob1.iso} in the CSV.",
        US,
    ),
    T(
        "obit-1",
        "death notice",
        "{xper1.caps_full}\nPassed away peacefully on {xdate1.mdy_long} at the age of "
        "{xage1.en}. Beloved wife of the late {xper2.first} and mother of {xper3.first} and "
        "{xper4.first}. Service at [[St. Mary's]] in {xtown1}. Donations to "
        "[[the hospice]].",
        (("en_US", 2), ("en_CA", 1), ("en_IE", 1)),
    ),
    T(
        "letter-1",
        "patient letter",
        "{xper1.full}\n{xaddr1.lines}\n\n{xdate1.long}\n\nDear {xper1.first},\n\nThank you "
        "for attending the [[memory clinic]]. Your next appointment is on {xdate2.long}. "
        "If you need transport, call {xtel1}.\n\nYours sincerely\n{xper2.full}\n"
        "cc: GP, Dr {xper3.last}",
        GB,
    ),
    T(
        "kr-1",
        "진료 의뢰서 (referral, Korean)",
        "진료의뢰서\n환자명: {xscript1.native}\n주민등록번호: {xnat1.kr}\n"
        "생년월일: {xdob1.ko}\n연락처: {xtel1}\n주소: {xaddr1}\n진단명: [[제2형 당뇨병]]\n"
        "의뢰의사: {xscript2.native}",
        (("ko_KR", 1),),
    ),
    T(
        "cn-1",
        "出院小结 (discharge, Chinese)",
        "出院小结\n姓名：{xscript1.native}  住院号：{xmrn1}\n"
        "入院日期：{xdate1.zh}  出院日期：{xdate2.zh}\n出院诊断：[[右下肺社区获得性肺炎]]\n"
        "联系电话：{xtel1}\n主治医师：{xscript2.native}",
        (("zh_CN", 2), ("zh_TW", 1)),
    ),
    T(
        "ru-1",
        "выписка (discharge, Russian)",
        "ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты\nФ.И.О.: {xscript1.last} {xscript1.first}\n"
        "Дата рождения: {xdob1.ru}\nПолис ОМС: {xplan1.ehic}\n"
        "Находился на лечении с {xdate1.eu} по {xdate2.eu}\nДиагноз: [[гипертоническая "
        "болезнь II ст.]]\nЛечащий врач: {xscript2.last}",
        (("ru_RU", 1),),
    ),
    T(
        "uk-1",
        "довідка (certificate, Ukrainian)",
        "ДОВІДКА\nВидана {xscript1.last} {xscript1.first}, {xdob1.uk} р.н., "
        "в тому, що [[перебував на лікуванні]] з {xdate1.eu} по {xdate2.eu}.\n"
        "Телефон: {xtel1}\nЛікар: {xscript2.last}",
        (("uk_UA", 1),),
    ),
    T(
        "el-1",
        "παραπεμπτικό (referral, Greek)",
        "ΠΑΡΑΠΕΜΠΤΙΚΟ\nΑσθενής: {xscript1.last} {xscript1.first}\nΗμ. γέννησης: "
        "{xdob1.el}\nΤηλ.: {xtel1}\nΕξέταση: [[υπερηχογράφημα κοιλίας]]\nΙατρός: "
        "{xscript2.last}",
        (("el_GR", 1),),
    ),
    T(
        "he-1",
        "הפניה (referral, Hebrew)",
        "הפניה לבדיקה\nשם המטופל: {xscript1.first} {xscript1.last}\nת.ז.: {xnat1.il}\n"
        "טלפון: {xtel1}\nבדיקה: [[אקו לב]]\nרופא מפנה: {xscript2.last}",
        (("he_IL", 1),),
    ),
    T(
        "tr-1",
        "epikriz (Turkish)",
        "EPİKRİZ\nHasta adı: {xper1.caps_full}\nT.C. Kimlik No: {xnat1.tr}\n"
        "Doğum tarihi: {xdob1.tr}\nYatış: {xdate1.eu}  Taburcu: {xdate2.eu}\n"
        "Tanı: [[akut apandisit]]\nYakını: {xper2.full}, {xtel1}",
        (("tr_TR", 1),),
    ),
    T(
        "th-1",
        "ใบรับรองแพทย์ (medical certificate, Thai)",
        "ใบรับรองแพทย์ (สำเนา)\nชื่อ {xscript1.first} {xscript1.last}\nวันที่ตรวจ {xdate1.iso}\n"
        "โทร {xtel1}\n[[ควรพักรักษาตัว 3 วัน]]\nแพทย์ผู้ตรวจ {xscript2.first} {xscript2.last}",
        (("th_TH", 1),),
    ),
    T(
        "hi-1",
        "पर्चा (prescription, Hindi)",
        "रोगी का नाम: {xscript1.first} {xscript1.last}\nआयु: 54\nआधार: {xnat1.in}\n"
        "दिनांक: {xdate1.slash}\nदवा: [[पैरासिटामोल 500]]\nडॉक्टर: {xscript2.first} "
        "{xscript2.last}, मोबाइल {xtel1}",
        (("hi_IN", 1),),
    ),
    T(
        "fa-1",
        "نسخه (prescription, Persian)",
        "نام بیمار: {xscript1.first} {xscript1.last}\nتلفن: {xtel1}\n"
        "تاریخ مراجعه: {xdate1.iso}\n[[آموکسی سیلین]]\nپزشک: {xscript2.last}",
        (("fa_IR", 1),),
    ),
    T(
        "ka-1",
        "ცნობა (certificate, Georgian and English)",
        "ცნობა / Certificate\nპაციენტი: {xscript1.first} {xscript1.last}\n"
        "Patient (Latin): {xper1.full}\nთარიღი: {xdate1.iso}\n[[ჯანმრთელია]] - fit to travel\n"
        "ტელ: {xtel1}",
        (("ka_GE", 1), ("hy_AM", 1)),
    ),
    T(
        "bg-1",
        "епикриза (Bulgarian)",
        "ЕПИКРИЗА\nПациент: {xscript1.first} {xscript1.last}\nЕГН в досието, рег. № {xmrn1}\n"
        "Постъпил на {xdate1.eu}\nОкончателна диагноза: [[остър бронхит]]\nЛекар: {xscript2.last}",
        (("bg_BG", 1),),
    ),
    T(
        "bn-1",
        "ছাড়পত্র (discharge, Bengali)",
        "রোগীর নাম: {xscript1.first} {xscript1.last}\nভর্তি: {xdate1.slash}\n"
        "মোবাইল: {xtel1}\nরোগ নির্ণয়: [[ডেঙ্গু জ্বর]]\nডাক্তার: {xscript2.last}",
        (("bn_BD", 1), ("ne_NP", 1), ("ta_IN", 1)),
    ),
]

# --- Europe beyond the big languages, and South-East Asia ----------------------------------
TEMPLATES += [
    T(
        "cs-1",
        "lékařská zpráva (Czech)",
        "Lékařská zpráva\nPacient: {xper1.full}, r. č. {xnat1.cz}\nBydliště: {xaddr1}\n"
        "Datum vyšetření: {xdate1.eu}\nDg.: [[chronická obstrukční plicní nemoc]]\n"
        "MUDr. {xper2.full}, tel. {xtel1}",
        (("cs_CZ", 2), ("sk_SK", 1)),
    ),
    T(
        "hu-1",
        "zárójelentés (Hungarian)",
        "ZÁRÓJELENTÉS - belgyógyászat\nNév: {xper1.last_space_first}\nTAJ szám: {xplan1.member}\n"
        "Született: {xdob1.iso}\nFelvétel: {xdate1.iso}\n[[Szívelégtelenség]]\n"
        "Kezelőorvos: dr. {xper2.last_space_first}",
        (("hu_HU", 1),),
    ),
    T(
        "ro-1",
        "bilet de externare (Romanian)",
        "BILET DE EXTERNARE\nNume și prenume: {xper1.caps_last} {xper1.first}\n"
        "CNP: {xnat1.ro}\nDomiciliu: {xaddr1}\nInternat: {xdate1.eu} - {xdate2.eu}\n"
        "Diagnostic: [[pneumonie bacteriană]]\nMedic: dr. {xper2.last}",
        (("ro_RO", 1),),
    ),
    T(
        "hr-1",
        "otpusno pismo (Croatian)",
        "OTPUSNO PISMO - traumatologija\n"
        "Ime i prezime: {xper1.full}\nOIB: {xnat1.hr}\nAdresa: {xaddr1}\n"
        "Datum prijma: {xdate1.eu}\nDijagnoza: [[fraktura radijusa]]\nLiječnik: {xper2.full}",
        (("hr_HR", 1), ("sl_SI", 1)),
    ),
    T(
        "da-1",
        "epikrise (Danish)",
        "Epikrise\nPatient: {xper1.full}, CPR-nr. {xnat1.dk}\nIndlagt {xdate1.eu}, "
        "udskrevet {xdate2.eu}\n[[Lungebetændelse]], behandlet med penicillin.\n"
        "Pårørende: {xper2.full}, tlf. {xtel1}",
        (("da_DK", 1),),
    ),
    T(
        "no-1",
        "henvisning (Norwegian)",
        "Henvisning\nPasient: {xper1.full}\nFødselsnummer: {xnat1.no}\nAdresse: {xaddr1}\n"
        "Problemstilling: [[vedvarende hoste]]\nHenvisende lege: {xper2.full}, {xtel1}",
        (("no_NO", 1),),
    ),
    T(
        "is-1",
        "læknabréf (Icelandic)",
        "Læknabréf\nSjúklingur: {xper1.full}, kt. {xnat1.is}\nDags.: {xdate1.eu}\n"
        "[[Háþrýstingur]]\nLæknir: {xper2.full}",
        NORDIC,
    ),
    T(
        "baltic-1",
        "epikriis (Estonian, Latvian, Lithuanian staff)",
        "Epikriis / Epikrīze\nPatsient: {xper1.full}\nSünniaeg: {xdob1.eu}\n"
        "Tel: {xtel1}\nDiagnoos: [[äge bronhiit]]\nArst: {xper2.full}",
        (("et_EE", 1), ("lv_LV", 1), ("lt_LT", 1)),
    ),
    T(
        "vi-1",
        "giấy ra viện (Vietnamese)",
        "GIẤY RA VIỆN (bản sao)\nHọ tên người bệnh: {xper1.caps_full}\nNgày sinh: {xdob1.slash}\n"
        "Địa chỉ: {xaddr1}\nVào viện: {xdate1.vi}\nChẩn đoán: [[sốt xuất huyết]]\n"
        "Điện thoại: {xtel1}",
        (("vi_VN", 1),),
    ),
    T(
        "id-1",
        "surat rujukan (Indonesian)",
        "SURAT RUJUKAN PUSKESMAS\nNama pasien: {xper1.full}\nNIK: {xuid1.subject}\nTanggal lahir: "
        "{xdob1.id}\nAlamat: {xaddr1}\nDiagnosa: [[demam tifoid]]\nDokter: dr. {xper2.full}, "
        "HP {xtel1}",
        (("id_ID", 1),),
    ),
    T(
        "ch-1",
        "Arztzeugnis (Swiss, German and French)",
        "Arztzeugnis / Certificat médical\nPatient/e: {xper1.full}\nAHV-Nr. / N° AVS: "
        "{xnat1.ch}\n[[Arbeitsunfähig 100 %]] / incapacité de travail 100 %\nvom/du "
        "{xdate1.eu} bis/au {xdate2.eu}\nDr. med. {xper2.last}, {xtown1}",
        (("de_CH", 1), ("fr_CH", 1)),
    ),
    T(
        "be-1",
        "attestation (Belgian, French and Dutch)",
        "Attestation de soins / Getuigschrift voor verstrekte hulp\nBénéficiaire / "
        "Rechthebbende: {xper1.full}\nNISS / INSZ: {xnat1.be}\nDate / Datum: {xdate1.slash}\n"
        "[[Consultation 101010]]\nDr {xper2.full}",
        (("fr_BE", 1), ("nl_BE", 1)),
    ),
    T(
        "za-1",
        "clinic card (South Africa)",
        "CLINIC CARD\nName: {xper1.full}\nID number: {xnat1.za}\nDOB: {xdob1.iso}\n"
        "Cell: {xtel1}\nNext of kin: {xper2.full}\n[[ARV refill due]] {xdate1.slash}",
        (("zu_ZA", 1), ("en_GB", 1)),
    ),
    T(
        "au-1",
        "Medicare claim (Australia)",
        "Medicare two-way claim\nPatient: {xper1.full}\nTFN on employment file: "
        "{xnat1.au}\nService date: {xdate1.slash}\nItem [[23]]\nProvider: {xper2.full}, "
        "provider no. {xlic1.rn}\nRefund to BSB/acct {xacct1.dash}",
        (("en_AU", 1),),
    ),
    T(
        "latam-1",
        "historia clínica (Chile and Argentina)",
        "HISTORIA CLÍNICA\nPaciente: {xper1.full}\nRUT/CUIL: {xnat1}\nFecha: {xdate1.es}\n"
        "Motivo: [[control de hipertensión]]\nTeléfono: {xtel1}\nDomicilio: {xaddr1}",
        (("es_CL", 1), ("es_AR", 1)),
        ("CL", "AR"),
    ),
    T(
        "mx-1",
        "receta (Mexico)",
        "Receta médica\nNombre: {xper1.full}\nEdad: 61 años\nFecha: {xdate1.slash}\n"
        "Rx: [[metformina 850 mg]] cada 12 horas\nDr. {xper2.full}, Cédula profesional "
        "{xlic1.gmc}\nTel. consultorio {xtel1}",
        (("es_MX", 1),),
    ),
    T(
        "pt-1",
        "nota de alta (Portugal)",
        "Nota de alta\nUtente: {xper1.full}\nNIF: {xnat1.pt}\nN.º processo: {xmrn1}\n"
        "Data de alta: {xdate1.pt}\n[[Fratura do colo do fémur]]\nMédico: {xper2.full}",
        (("pt_PT", 1),),
    ),
    T(
        "it-2",
        "lettera di dimissione (Italian)",
        "Lettera di dimissione - medicina interna\n"
        "Paziente: {xper1.caps_last} {xper1.first}\nC.F. {xnat1.it}\n"
        "Ricoverato dal {xdate1.it} al {xdate2.slash}\nDiagnosi: [[scompenso cardiaco]]\n"
        "Recapito familiare: {xper2.full}, cell. {xtel1}",
        IT,
    ),
    T(
        "ca-1",
        "formulaire (Québec)",
        "Formulaire d'inscription\nNom : {xper1.last}\nPrénom : {xper1.first}\nNAS : "
        "{xnat1.ca}\nDate de naissance : {xdob1.iso}\nCourriel : {xmail1}\n"
        "[[Médecin de famille souhaité]]",
        (("fr_CA", 1),),
    ),
]

# --- more US and UK records ----------------------------------------------------------------
TEMPLATES += [
    T(
        "us-1",
        "patient intake form",
        "NEW PATIENT INTAKE\nLast name: {xper1.last}   First: {xper1.first}\nSSN: {xssn1}\n"
        "DOB: {xdob1.us}   Age: {xage1}\nAddress: {xaddr1}\nHome phone: {xtel1}  "
        "Work: {xtel2}\nInsurance: [[Medicare Part B]], MBI on card\nEmergency contact: "
        "{xper2.full}\nPharmacy: [[CVS on Elm]]",
        US,
    ),
    T(
        "us-2",
        "Medicaid eligibility letter",
        "{xdate1.mdy_long}\n\n{xper1.caps_full}\n{xaddr1.lines}\n\nRe: Case {xclaim1.dash}\n"
        "Dear {xper1.first_last},\nYour household ({xper1.first}, {xper2.first}, "
        "{xper3.first}) is [[eligible for Medicaid]] from {xdate2.mdy_long}. Member ID: "
        "{xplan1.medicaid}.",
        US,
    ),
    T(
        "us-3",
        "DMV record request",
        "DMV RECORD REQUEST\nName: {xper1.caps_last_first}\nDL #: {xlic1.dl}\nDOB: "
        "{xdob1.us}\nVehicles: {xveh1.vin}; {xveh2.plate}\n[[No violations on file]]",
        US,
    ),
    T(
        "uk-2",
        "GP registration (GMS1)",
        "GMS1 (scanned copy) - registering with a GP practice\nSurname: {xper1.caps_last}\n"
        "First names: {xper1.first}\nDate of birth: {xdob1.slash}\nNHS number: {xnat1.gb}\n"
        "Home address: {xaddr1}\nPrevious GP: Dr {xper2.last}, {xtown1}\n"
        "[[Armed forces: no]]",
        GB,
    ),
    T(
        "uk-3",
        "safeguarding referral",
        "MASH REFERRAL\nChild: {xper1.full}, DOB {xdob1.slash}\nParent: {xper2.full}, "
        "mobile {xtel1}\nAddress: {xaddr1}\nSchool: [[Year 4]]\nConcern raised "
        "{xdate1.slash} by {xper3.full} ({xmail1})",
        GB,
    ),
    T(
        "prose-1",
        "case narrative",
        "On {xdate1.long} {xper1.first_last} walked into the emergency department at "
        "{xtown1} General with her neighbour, {xper2.first_last}. She told the triage nurse "
        "she was {xage1} and lived alone at {xaddr1}. [[She had fallen twice that week.]] "
        "Her niece, reached at {xtel1}, confirmed she had been [[increasingly confused]].",
        EN,
    ),
    T(
        "prose-2",
        "research interview transcript",
        "INTERVIEWER: Could you tell me where you grew up?\nP07: In {xtown1}, on "
        "{xaddr1.street}. My dad, {xper1.first}, ran the [[corner shop]].\n"
        "INTERVIEWER: And you moved when?\nP07: The {xdate1.spoken}, right after my sister "
        "{xper2.first} was born. You can email me at {xmail1} if you need more.",
        EN,
    ),
]

# --- more exports: SQL dumps, DICOM dumps, form posts, Outlook replies, team chats ----------
TEMPLATES += [
    T(
        "sql-1",
        "database dump (SQL)",
        "-- dump of table referrals, {xdate1.iso}, by {xper1.handle}\n"
        "INSERT INTO referrals (mrn, surname, forename, dob, phone, reason) VALUES\n"
        "  ('{xmrn1}', '{xper2.last}', '{xper2.first}', '{xdob1.iso}', '{xtel1}', "
        "'[[suspected cataract]]'),\n"
        "  ('{xmrn2}', '{xper3.last}', '{xper3.first}', '{xdob2.iso}', NULL, "
        "'[[diabetic eye screening]]');",
    ),
    T(
        "dicom-1",
        "DICOM header dump",
        "(0008,0020) DA [{xdate1.hl7}]                          # StudyDate\n"
        "(0008,0090) PN [{xper1.caps_last}^{xper1.caps_first}]   # ReferringPhysicianName\n"
        "(0010,0010) PN [{xper2.caps_last}^{xper2.caps_first}]   # PatientName\n"
        "(0010,0020) LO [{xmrn1}]                               # PatientID\n"
        "(0010,0030) DA [{xdob1.hl7}]                           # PatientBirthDate\n"
        "(0018,1000) LO [{xdev1.hex}]                           # DeviceSerialNumber\n"
        "(0008,1030) LO [ [[CT HEAD WITHOUT CONTRAST]]]         # StudyDescription",
    ),
    T(
        "post-1",
        "web form submission (URL-encoded body)",
        "POST /forms/callback HTTP/1.1\nHost: clinic.example\nX-Forwarded-For: {xip1}\n\n"
        "first={xper1.first}&last={xper1.last}&phone={xtel1.e164}&email={xmail1}"
        "&dob={xdob1.iso}&reason=[[knee%20pain]]",
    ),
    T(
        "outlook-1",
        "e-mail thread (Outlook reply)",
        "Hi {xper1.first},\n\nAttached is the signed form. [[Please file under claims.]]\n\n"
        "{xper2.full}\n\n-----Original Message-----\nFrom: {xper1.full} "
        "({xmail1})\nSent: {xdate1.mdy_long} 4:12 PM\nTo: {xper2.full} ({xmail2})\n"
        "Subject: form for {xper3.first_last}\n\nCan you sign and return? Claim "
        "{xclaim1} - patient DOB {xdob1.us}.",
        US,
    ),
    T(
        "mail-7",
        "e-mail thread (German reply)",
        "Hallo {xper1.first},\n\nder Termin passt. [[Bitte nüchtern erscheinen.]]\n\n"
        "Viele Grüße\n{xper2.first_last}\n\nAm {xdate1.eu} um 08:03 schrieb {xper1.full} "
        "({xmail1}):\n| Kann meine Mutter {xper3.full} (geb. {xdob1.eu}) am Donnerstag\n"
        "| kommen? Erreichbar unter {xtel1}.\n",
        DE,
    ),
    T(
        "mail-8",
        "e-mail (Polish)",
        "Od: {xper1.full} ({xmail1})\nWysłano: {xdate1.pl}\nDo: rejestracja\n"
        "Temat: wyniki badań\n\nDzień dobry, proszę o przesłanie [[wyników morfologii]] "
        "dla {xper2.full}, PESEL {xnat1.pl}. Mój numer: {xtel1}.\nPozdrawiam",
        (("pl_PL", 1),),
    ),
    T(
        "teams-1",
        "team chat export (lower case)",
        "[{xdate1.iso} 22:41] {xper1.lower}: anyone know if {xper2.lower_first} is on nights?\n"
        "[{xdate1.iso} 22:43] {xper3.lower}: yeah. bed 9 ({xper4.lower_last}) needs "
        "[[repeat lactate]]\n[{xdate1.iso} 22:44] {xper1.lower}: ok paging on {xtel1}",
        EN,
    ),
    T(
        "jira-1",
        "issue tracker export (CSV with line breaks)",
        "Issue key,Summary,Reporter,Created,Description\n"
        'OPS-{xuid1.badge},"Wrong patient merged",{xper1.full},{xdate1.iso},"Records of '
        "{xper2.last_first} ({xmrn1})\nand {xper3.last_first} ({xmrn2}) were merged.\n"
        '[[Unmerge requested]]."\n',
    ),
    T(
        "fax-1",
        "fax cover sheet",
        "FAX COVER SHEET - CONFIDENTIAL\nTo: {xper1.full}    Fax: {xfax1}\n"
        "From: {xper2.full}  Fax: {xfax2}  Phone: {xtel1}\nDate: {xdate1.us}   Pages: 4\n"
        "Re: {xper3.full}, DOB {xdob1.us} - [[records for second opinion]]",
        US,
    ),
    T(
        "label-1",
        "mailing labels (fixed-width sheet)",
        "{xper1.caps_full}                    {xper2.caps_full}\n"
        "{xaddr1.street}                      {xaddr2.street}\n"
        "{xtown1} {xzip1}                     {xtown2} {xzip2}\n\n"
        "[[Mailing: flu clinic invitations]]",
        GB + US,
    ),
    T(
        "vcard-3",
        "contact card (vCard 2.1, from a phone)",
        "BEGIN:VCARD\nVERSION:2.1\nN:{xper1.last};{xper1.first}\nTEL;CELL;PREF:{xtel1}\n"
        "TEL;HOME:{xtel2}\nEMAIL;INTERNET:{xmail1}\nBDAY:{xdob1.hl7}\n"
        "NOTE:[[allergic to penicillin]] - sister {xper2.first}\nEND:VCARD",
    ),
    T(
        "ical-3",
        "calendar invitation (plain-text from mail client)",
        "When: {xdate1.long} 14:00-14:30 (UTC+01:00)\nWhere: {xaddr1}\n"
        "Organizer: {xper1.full} ({xmail1})\nAttendees: {xper2.full}; {xper3.full}\n\n"
        "[[Case conference]] re: {xper4.full}, MRN {xmrn1}. Dial-in {xtel1}.",
    ),
    T(
        "geo-1",
        "location share (chat)",
        "{xper1.first}: i'm here {xgeo1}\n{xper2.first}: ok, is it [[the blue door]]? "
        "{xper1.first}: no it's on the note. also mum's at {xaddr1} if you need her\n"
        "{xper2.first}: map link {xurl1.share}",
    ),
    T(
        "mrz-1",
        "boarding pass text (PDF to text)",
        "BOARDING PASS / BORDKARTE\n{xper1.caps_last}/{xper1.caps_first}\nFrom [[FRA]] to [[ORD]]\n"
        "Flight LH430  Seat 34K  Date {xdate1.dash_mon}\nFrequent flyer {xuid1.ticket}\n"
        "Booking {xuid2.hex}",
    ),
]

# The split's own locale mix, for templates that name none: records from everywhere.
LOCALES = (
    ("en_US", 10), ("en_GB", 6), ("en_IE", 2), ("en_AU", 2), ("en_CA", 2), ("en_IN", 3),
    ("en_NZ", 1), ("de_DE", 3), ("de_AT", 1), ("de_CH", 1), ("fr_FR", 3), ("fr_CA", 1),
    ("fr_BE", 1), ("es_ES", 2), ("es_MX", 2), ("es_AR", 1), ("es_CO", 1), ("pt_BR", 2),
    ("pt_PT", 1), ("it_IT", 2), ("nl_NL", 2), ("nl_BE", 1), ("pl_PL", 2), ("cs_CZ", 1),
    ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1), ("sv_SE", 1), ("da_DK", 1), ("no_NO", 1),
    ("fi_FI", 1), ("el_GR", 1), ("tr_TR", 2), ("ru_RU", 1), ("uk_UA", 1), ("ja_JP", 1),
    ("zh_CN", 1), ("ko_KR", 1), ("vi_VN", 1), ("id_ID", 1), ("th_TH", 1), ("he_IL", 1),
    ("ar_AA", 1), ("fa_IR", 1), ("hi_IN", 1), ("tl_PH", 1), ("zu_ZA", 1), ("sk_SK", 1),
)  # fmt: skip

SPLIT = Split(
    name="heldout_x",
    templates=TEMPLATES,
    seeds=range(84390001, 84390401),
    locales=LOCALES,
    # X's people are drawn by x_forms (NAME_COUNTRIES); the generator's own person slot is
    # unused here, but a split names its countries all the same.
    name_countries=("NG", "IN", "BR", "TR", "PL", "EG", "PH", "MX"),
    id_countries=("US", "GB", "DE", "FR", "IN", "BR"),
    # Shapes for the generator's own number slots, which X does not use (check_split asks).
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("X########",)
    ),
    date_formats=("%Y-%m-%d",),
)
