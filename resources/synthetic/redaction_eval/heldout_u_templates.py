"""Split U (written in session 36; held out in session 38, run once after the freeze; DEV-side,
tuned on, since session 39): documents written from the identifier classes
(HIPAA Safe Harbor's 18) and from how real records, messages and exports lay them out.

Each base document below is rendered in two presentations: as written, and re-set the way
a second office would keep it (surname first, labels in capitals, other separators).
"""

# ruff: noqa: E501 - a template line is one line of the document it renders

from __future__ import annotations

import re

from resources.synthetic.redaction_eval.generator import SLOT, Split, Template
from resources.synthetic.redaction_eval.u_forms import U_TODAY

__all__ = ["BASES", "SPLIT", "TEMPLATES", "U_TODAY"]

# (key, document type, locales, text). Locales are Faker locales, one weight each.
BASES: list[tuple[str, str, tuple[str, ...], str]] = [
    (
        "clin-gp",
        "clinical note",
        ("en_US", "en_CA"),
        "PROGRESS NOTE\nPt: {uper1.full}   DOB {udob1.us}   MRN {umrn1}\n"
        "Seen {udate1.us} at the {utown1} clinic by Dr {uper2.initial_last}.\n"
        "S: [[intermittent chest tightness on exertion]], worse climbing stairs.\n"
        "O: BP 138/86, HR 78. A/P: [[stable angina]] - start [[aspirin 81 mg daily]].\n"
        "Call back on {utel1} if symptoms change. Daughter {uper3.first} present.\n",
    ),
    (
        "clin-de",
        "clinical note",
        ("de_DE", "de_AT"),
        "Ambulanzbefund vom {udate1.dot}\nPatientin: {uper1.last_first}, geb. {udob1.dot}\n"
        "Versichertennr.: {uplan1}\nAnschrift: {uaddr1}\n"
        "Diagnose: [[Diabetes mellitus Typ 2]], Therapie mit [[Metformin 1000 mg]].\n"
        "Hausarzt: Dr. med. {uper2.last}, Tel. {utel1}\n",
    ),
    (
        "disch-uk",
        "discharge summary",
        ("en_GB", "en_IE"),
        "DISCHARGE SUMMARY\nName: {uper1.caps_last_first}\nNHS No: {unat1.gb}\n"
        "Admitted: {udate1.long}   Discharged: {udate2.long}\nAddress: {uaddr1}\n"
        "Consultant: {uper2.initials_caps_last}\n"
        "Diagnosis: [[community-acquired pneumonia]], treated with [[amoxicillin]].\n"
        "Follow-up: GP practice, fax {ufax1}. Next of kin {uper3.first_last} ({utel1}).\n",
    ),
    (
        "disch-fr",
        "discharge summary",
        ("fr_FR", "fr_CH"),
        "COMPTE RENDU D'HOSPITALISATION - SERVICE D'ORTHOPÉDIE\nPatient(e) : {uper1.caps_last_space_first}\n"
        "Né(e) le {udob1.eu} - n° {unat1.fr} ({unat1.label})\n"
        "Entrée le {udate1.fr} ; sortie le {udate2.fr}\nDomicile : {uaddr1}\n"
        "Motif : [[fracture du col du fémur]] ; [[prothèse intermédiaire]] posée.\n"
        "Médecin traitant : Dr {uper2.full}, {utel1}\n",
    ),
    (
        "rad-req",
        "radiology request",
        ("en_US", "en_AU"),
        "RADIOLOGY REQUEST\nPatient | {uper1.last_first} | DOB {udob1.iso} | MRN {umrn1}\n"
        "Exam requested: [[CT abdomen and pelvis with contrast]]\n"
        "Clinical history: [[right lower quadrant pain, raised CRP]]\n"
        "Referrer: {uper2.full}, licence {ulic1}, pager {utel1}\n"
        "Requested {udate1.stamp} from workstation {uip1.four}\n",
    ),
    (
        "rad-es",
        "radiology request",
        ("es_ES", "es_MX"),
        "SOLICITUD DE ESTUDIO RADIOLÓGICO\nPaciente: {uper1.full}\nFecha de nacimiento: {udob1.es}\n"
        "Nº historia clínica: {umrn1}\nEstudio: [[resonancia magnética de rodilla izquierda]]\n"
        "Médico solicitante: {uper2.last_first} - colegiado {ulic1}\nTeléfono: {utel1}\n",
    ),
    (
        "claim-cms",
        "insurance claim",
        ("en_US",),
        "HEALTH INSURANCE CLAIM FORM (CMS-1500, 02/12)\n1a INSURED'S ID: {uplan1}\n"
        "2 PATIENT NAME: {uper1.caps_last_first_all}\n3 BIRTH DATE: {udob1.us}\n"
        "5 ADDRESS: {uaddr1.caps}\n   PHONE {utel1}\n"
        "11 SSN/EIN: {ussn1}\n14 DATE OF CURRENT ILLNESS: {udate1.us}\n"
        "21 DIAGNOSIS: [[J45.909 unspecified asthma]]\n"
        "24 CPT [[99214]] CHARGES $[[180.00]]\n33 BILLING PROVIDER: {uper2.caps} NPI-LIC {ulic1}\n",
    ),
    (
        "claim-x12",
        "insurance claim",
        ("en_US",),
        "ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*RECEIVER02     *{udate1.edi}*1200*^*00501*000000905*0*P*:~\n"
        "ST*837*0001*005010X222A1~\nNM1*IL*1*{uper1.caps_last}*{uper1.caps_first}****MI*{uplan1}~\n"
        "N3*{uaddr1.caps}~\nDMG*D8*{udob1.hl7}*F~\nCLM*{uref1}*250***11:B:1*Y*A*Y*Y~\n"
        "HI*ABK:[[E119]]~\nNM1*82*1*{uper2.caps_last}*{uper2.caps_first}****XX*{ulic1}~\nSE*8*0001~\n",
    ),
    (
        "kyc-bank",
        "KYC review",
        ("en_GB", "en_IN"),
        "KYC REVIEW - PERIODIC REFRESH\nCustomer: {uper1.full}\nDate of birth: {udob1.long}\n"
        "Passport: {upass1}   National ID: {unat1} ({unat1.label})\n"
        "Residential address: {uaddr1}\nAccount: {uacct1}   IBAN: {uiban1}\n"
        "Selfie match: {uphoto1}\nRisk rating: [[medium - PEP screening negative]]\n"
        "Reviewed by {uper2.initial_last} on {udate1.iso}.\n",
    ),
    (
        "kyc-br",
        "KYC review",
        ("pt_BR",),
        "ANÁLISE CADASTRAL (KYC)\nCliente: {uper1.caps_full}\nCPF: {unat1.br}\n"
        "Data de nascimento: {udob1.eu}\nEndereço: {uaddr1}\nCelular: {utel1}\n"
        "E-mail: {umail1}\nConta corrente: {uacct1}\n"
        "Parecer: [[documentação completa, sem restrições]]. Analista: {uper2.first_last}\n",
    ),
    (
        "fraud-case",
        "fraud case",
        ("en_US", "en_CA"),
        "FRAUD CASE {uref1}\nOpened {udate1.mdy} by analyst {uper2.first_initial}\n"
        "Cardholder: {uper1.last_first}  Card: {ucard1}\n"
        "Login from {uip1} (device {udev1}, MAC {umac1}) at odd hours.\n"
        "Disputed: [[three card-not-present purchases]] shipped to {uaddr1}.\n"
        "Contact on file: {umail1} / {utel1}. Outcome: [[chargeback filed]].\n",
    ),
    (
        "fraud-de",
        "fraud case",
        ("de_DE", "de_CH"),
        "Betrugsverdacht - Vorgang {uref1}\nKontoinhaber: {uper1.full}\nIBAN: {uiban1}\n"
        "Auffällige Anmeldung von IP {uip1} am {udate1.de}.\n"
        "Kartennummer: {ucard1}\nMaßnahme: [[Karte gesperrt, Neuausstellung veranlasst]]\n"
        "Sachbearbeiterin: {uper2.last_first}\n",
    ),
    (
        "hr-leave",
        "HR leave request",
        ("en_US", "en_GB"),
        "LEAVE REQUEST\nEmployee: {uper1.first_last} (staff no. {uref1})\n"
        "Type: [[medical leave]]   From {udate1.iso} to {udate2.iso}\n"
        "Reason: surgery at {utown1} General; certificate from Dr {uper2.last}, reg {ulic1}.\n"
        "Cover arranged with {uper3.first}. Reachable at {umail1} or {utel1}.\n"
        "Approved by line manager: [[yes]]\n",
    ),
    (
        "hr-pl",
        "HR leave request",
        ("pl_PL",),
        "WNIOSEK URLOPOWY\nPracownik: {uper1.last_space_first}\nPESEL: {unat1.pl}\n"
        "Urlop [[wypoczynkowy]] od {udate1.pl} do {udate2.pl}\n"
        "Adres zamieszkania: {uaddr1}\nTelefon: {utel1}\nZastępstwo: {uper2.full}\n",
    ),
    (
        "chat-support",
        "chat transcript",
        ("en_US", "en_AU"),
        "[{udate1.stamp}] agent_{uper2.lower_first}: Hi, thanks for contacting support!\n"
        "[{udate1.stamp}] guest: hi its {uper1.lower}, my card ending... actually full no is {ucard1}\n"
        "[{udate1.stamp}] agent_{uper2.lower_first}: Please don't share card numbers here. Can you confirm your email?\n"
        "[{udate1.stamp}] guest: {umail1}\n"
        "[{udate1.stamp}] guest: and my dob {udob1.short}, I live at {uaddr1}\n"
        "[{udate1.stamp}] agent_{uper2.lower_first}: Thanks, I have reset [[two-factor authentication]].\n",
    ),
    (
        "chat-wa",
        "chat transcript",
        ("es_AR", "es_CO"),
        "{udate1.eu}, 21:04 - {uper1.first_last}: hola, te paso mis datos para el turno\n"
        "{udate1.eu}, 21:04 - {uper1.first_last}: DNI {unat1} y mi cel es {utel1}\n"
        "{udate1.eu}, 21:06 - {uper2.first}: dale, ¿obra social?\n"
        "{udate1.eu}, 21:07 - {uper1.first_last}: nro de afiliado {uplan1}\n"
        "{udate1.eu}, 21:09 - {uper2.first}: listo, turno [[control de presión]] confirmado\n",
    ),
    (
        "hl7-adt",
        "HL7 ADT message",
        ("en_US",),
        "MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|RECV|RECVFAC|{udate1.hl7}0930||ADT^A01|MSG00001|P|2.5\r"
        "PID|1||{umrn1}^^^GHH^MR||{uper1.caps_last}^{uper1.caps_first}||{udob1.hl7}|M|||{uaddr1}||{utel1}|||||{uacct1}|{ussn1}\r"
        "NK1|1|{uper2.caps_last}^{uper2.caps_first}|SPO|||{utel2}\r"
        "PV1|1|I|W2^204^1|||||{ulic1}^{uper3.caps_last}^{uper3.caps_first}\r"
        "DG1|1||[[I21.4]]^[[NSTEMI]]^I10\r",
    ),
    (
        "hl7-oru",
        "HL7 lab result",
        ("en_AU", "en_NZ"),
        "MSH|^~\\&|LAB|PATHLAB|EMR|CLINIC|{udate1.hl7}||ORU^R01|{uref1}|P|2.4\n"
        "PID|||{umrn1}||{uper1.last}^{uper1.first}||{udob1.hl7}|F\n"
        "OBR|1||{uref2}|[[HBA1C]]^Haemoglobin A1c|||{udate1.hl7}\n"
        "OBX|1|NM|[[4548-4]]^HbA1c||[[7.2]]|%|4.0-6.0|H\n"
        "NTE|1||Reported to {uper2.initial_last} on {utel1}\n",
    ),
    (
        "fhir-patient",
        "FHIR Patient resource",
        ("en_US", "en_IE"),
        '{\n  "resourceType": "Patient", "meta": {"versionId": "7", "source": "u-mpi"},\n  "identifier": [\n'
        '    {"system": "urn:oid:2.16.840.1.113883.4.1", "value": "{ussn1}"},\n'
        '    {"type": {"text": "MRN"}, "value": "{umrn1}"}\n  ],\n'
        '  "name": [{"family": "{uper1.last}", "given": ["{uper1.first}"]}],\n'
        '  "telecom": [{"system": "phone", "value": "{utel1}"}, {"system": "email", "value": "{umail1}"}],\n'
        '  "birthDate": "{udob1.iso}",\n  "address": [{"text": "{uaddr1}"}],\n'
        '  "extension": [{"url": "[[http://hl7.org/fhir/StructureDefinition/patient-birthPlace]]", '
        '"valueAddress": {"city": "{utown1}"}}]\n}\n',
    ),
    (
        "fhir-obs",
        "FHIR Observation bundle",
        ("en_US", "de_DE"),
        '{"resourceType": "Observation", "status": "final", "category": "vital-signs",\n'
        ' "code": {"coding": [{"system": "http://loinc.org", "code": "[[8867-4]]", "display": "[[Heart rate]]"}]},\n'
        ' "subject": {"reference": "Patient/{umrn1}", "display": "{uper1.full}"},\n'
        ' "effectiveDateTime": "{udate1.stamp}",\n'
        ' "device": {"display": "wearable {udev1}", "identifier": {"value": "{umac1}"}},\n'
        ' "performer": [{"display": "{uper2.full}"}], "valueQuantity": {"value": 112, "unit": "/min"}}\n',
    ),
    (
        "edifact",
        "EDIFACT invoice",
        ("nl_NL", "de_DE"),
        "UNB+UNOC:3+SENDER:14+RECEIVER:14+{udate1.edi}:1015+{uref1}'\n"
        "UNH+1+INVOIC:D:96A:UN'\nBGM+380+{uref2}+9'\nDTM+137:{udate1.hl7}:102'\n"
        "NAD+IV+++{uper1.caps_full}+{uaddr1.caps}'\n"
        "FII+RB+{uiban1}'\nCTA+IC+:{uper2.full}'\nCOM+{utel1}:TE'\n"
        "LIN+1++[[4006381333931]]:EN'\nQTY+47:[[12]]'\nUNT+10+1'\n",
    ),
    (
        "xml-ccd",
        "clinical document (escaped XML)",
        ("en_US", "en_CA"),
        "payload=&lt;ClinicalDocument&gt;&lt;recordTarget&gt;&lt;patientRole&gt;\n"
        '&lt;id extension="{umrn1}" root="2.16.840.1.113883.19.5"/&gt;\n'
        '&lt;addr&gt;{uaddr1}&lt;/addr&gt;&lt;telecom value="tel:{utel1}"/&gt;\n'
        "&lt;patient&gt;&lt;name&gt;&lt;given&gt;{uper1.first}&lt;/given&gt;&lt;family&gt;{uper1.last}&lt;/family&gt;&lt;/name&gt;\n"
        '&lt;birthTime value="{udob1.hl7}"/&gt;&lt;/patient&gt;&lt;/patientRole&gt;&lt;/recordTarget&gt;\n'
        "&lt;title&gt;[[Continuity of Care Document]]&lt;/title&gt;&lt;/ClinicalDocument&gt;\n",
    ),
    (
        "log-auth",
        "application log",
        ("en_US", "en_GB"),
        "{udate1.stamp} INFO  auth.login user={umail1} ip={uip1} ua=Mozilla/5.0 result=[[success]]\n"
        "{udate1.stamp} WARN  auth.mfa user={umail1} phone={utel1} sms_code_sent=true\n"
        '{udate1.stamp} INFO  profile.update uid={uref1} field=address value="{uaddr1}"\n'
        "{udate1.stamp} ERROR billing.charge card={ucard1.masked} declined code=[[05]]\n"
        "{udate1.stamp} DEBUG net.dhcp lease {uip2.four} to {umac1}\n",
    ),
    (
        "log-nginx",
        "web server access log",
        ("en_US",),
        '{uip1.four} - - [{udate1.clf}] "GET /patients/{umrn1}/chart HTTP/1.1" 200 5120 "{uurl1}" "curl/8.4"\n'
        '{uip1.four} - {umail1} [{udate1.clf}] "POST /api/v2/notes HTTP/1.1" 201 88 "-" "okhttp"\n'
        '{uip2.six} - - [{udate2.clf}] "GET /[[healthz]] HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n',
    ),
    (
        "email-hdr",
        "e-mail with headers",
        ("en_US", "en_CA"),
        "Return-Path: {umail1}\nReceived: from mail.example.net ([{uip1.four}]) by mx.example.org\n"
        "From: {umail1} ({uper1.full})\nTo: {umail2} ({uper2.full})\n"
        "Date: {udate1.mdy} 09:41 -0500\nSubject: Re: [[appointment reminder]] for {uper1.first}\n\n"
        "Hi {uper2.first},\nplease move my MRI; my member id is {uplan1}. Cell {utel1}.\n"
        "Thanks,\n{uper1.first_initial}\n",
    ),
    (
        "email-ja",
        "e-mail with headers",
        ("ja_JP",),
        "差出人: {umail1} ({uper1.full})\n宛先: {umail2}\n日付: {udate1.ja}\n件名: [[予約確認]]\n\n"
        "{uper2.last}様\n\n{uper1.last}です。診察券番号 {umrn1} で予約しました。\n"
        "住所: {uaddr1}\n電話: {utel1}\nよろしくお願いします。\n",
    ),
    (
        "ocr-referral",
        "OCR-scanned referral letter",
        ("en_GB", "en_US"),
        "REFERRAL LETTER  (scanned, OCR)\nRe: {uper1.caps_last_first}   D0B: {udob1.eu}\n"
        "H0spital N0: {umrn1.ocr}\nAddre55: {uaddr1}\n"
        "Dear Dr {uper2.last},\nI would be grateful if you could see this patient with [[suspected carpal tunnel syndrome]].\n"
        "Yours sincerely,\n{uper3.initials} (GMC {ulic1})\nTe1: {utel1}\n",
    ),
    (
        "ocr-idcard",
        "OCR-scanned identity card",
        ("it_IT",),
        "REPUBBLICA ITAL1ANA - CARTA D'IDENT1TA\nCognome: {uper1.caps_last}\nNome: {uper1.caps_first}\n"
        "Nato il: {udob1.dot}   a: {utown1}\nCodice fiscale: {unat1.it}\n"
        "Documento n.: {upass1}\nScadenza: {udate1.dot}\n[[Firma del titolare]]\n",
    ),
    (
        "csv-export",
        "CSV patient export",
        ("en_US", "en_AU"),
        "patient_id,last_name,first_name,dob,phone,email,zip,last_visit,note\n"
        '{umrn1},{uper1.last},{uper1.first},{udob1.iso},{utel1},{umail1},{upost1},{udate1.iso},"[[no known allergies]]"\n'
        '{umrn2},{uper2.last},{uper2.first},{udob2.iso},{utel2},{umail2},{upost2},{udate2.iso},"[[penicillin allergy]]"\n',
    ),
    (
        "tsv-roster",
        "TSV staff roster",
        ("en_GB", "en_NZ"),
        "name\tstaff_no\tlicence\tmobile\tshift\n"
        "{uper1.last_first}\t{uref1}\t{ulic1}\t{utel1}\t[[night]]\n"
        "{uper2.last_first}\t{uref2}\t{ulic2}\t{utel2}\t[[day]]\n"
        "{uper3.last_first}\t{uref3}\t{ulic3}\t{utel3}\t[[on call]]\n",
    ),
    (
        "pipe-table",
        "ward handover table",
        ("en_US", "en_IN"),
        "| Bed | Patient | Age | MRN | Plan |\n|-----|---------|-----|-----|------|\n"
        "| 4A | {uper1.last_first} | {uage1} | {umrn1} | [[wean oxygen]] |\n"
        "| 4B | {uper2.last_first} | 71 | {umrn2} | [[mobilise with physio]] |\n"
        "| 5 | {uper3.last_first} | 58 | {umrn3} | [[discharge tomorrow]] |\n",
    ),
    (
        "fixed-width",
        "fixed-width bank statement",
        ("en_US", "en_GB"),
        "ACCOUNT STATEMENT                         PERIOD ENDING {udate3.mon}\n"
        "HOLDER   {uper1.caps_full}\nACCOUNT  {uacct1}\nADDRESS  {uaddr1.caps}\n"
        "DATE        DESCRIPTION                  AMOUNT\n"
        "{udate1.iso}  CARD {ucard1.masked}   -[[42.10]]\n"
        "{udate2.iso}  TRANSFER FROM {uiban1}     +[[1200.00]]\n",
    ),
]
BASES += [
    (
        "rx-nl",
        "prescription",
        ("nl_NL", "nl_BE"),
        "RECEPT\nPatiënt: {uper1.full}, geboren {udob1.nl}\nBSN {unat1.nl}\nAdres: {uaddr1}\n"
        "R/ [[amoxicilline 500 mg]], 3 dd 1 gedurende 7 dagen\n"
        "Voorschrijver: {uper2.initials} {uper2.last}, BIG-nummer {ulic1}\nDatum: {udate1.dot}\n",
    ),
    (
        "lab-cz",
        "laboratory report",
        ("cs_CZ", "sk_SK"),
        "LABORATORNÍ NÁLEZ\nJméno: {uper1.caps_last_space_first}\nRodné číslo: {unat1.cz}\n"
        "Datum odběru: {udate1.dot}\nPojišťovna: {uplan1}\n"
        "[[Glukóza 5,4 mmol/l]], [[CRP 12 mg/l]]\nOdesílající lékař: MUDr. {uper2.full}, tel. {utel1}\n",
    ),
    (
        "vacc-hu",
        "vaccination record",
        ("hu_HU",),
        "OLTÁSI IGAZOLÁS\nNév: {uper1.last_space_first}\nSzületési idő: {udob1.hu}\n"
        "TAJ szám: {uplan1}\nLakcím: {uaddr1}\nOltóanyag: [[Comirnaty]], adag: [[3.]]\n"
        "Beadás napja: {udate1.iso}\nOltóorvos: dr. {uper2.last_space_first} ({ulic1})\n",
    ),
    (
        "police-ro",
        "police incident report",
        ("ro_RO",),
        "PROCES-VERBAL nr. {uref1}\nÎntocmit la {udate1.ro} în {utown1}.\n"
        "Petent: {uper1.full}, CNP {unat1.ro}, domiciliat în {uaddr1}.\n"
        "Vehicul implicat: {uveh1.plate}\nFapta: [[furt din autoturism]]\nAgent: {uper2.caps_last} {uper2.first}\n",
    ),
    (
        "court-bg",
        "court summons",
        ("bg_BG",),
        "ПРИЗОВКА\nДо: {uper1.full}\nЕГН: {unat1.bg}\nАдрес: {uaddr1}\n"
        "Дело № {uref1} – явяване на {udate1.dot} в [[10:00 ч.]]\nСъдия: {uper2.full}\n",
    ),
    (
        "sick-hr",
        "sick note",
        ("hr_HR", "sl_SI"),
        "DOZNAKA O PRIVREMENOJ NESPOSOBNOSTI\nIme i prezime: {uper1.full}\nOIB/EMŠO: {unat1}\n"
        "Bolovanje od {udate1.hr} do {udate2.hr}\nDijagnoza: [[akutni bronhitis]]\n"
        "Liječnik: {uper2.full}, tel. {utel1}\n",
    ),
    (
        "insur-se",
        "insurance claim",
        ("sv_SE",),
        "SKADEANMÄLAN\nFörsäkringstagare: {uper1.full}\nPersonnummer: {unat1.se}\n"
        "Skadedatum: {udate1.iso}\nFordon: {uveh1.plate}\nKontonummer för utbetalning: {uacct1}\n"
        "Beskrivning: [[påkörd bakifrån vid rödljus]]\nKontakt: {utel1}, {umail1}\n",
    ),
    (
        "dental-dk",
        "dental record",
        ("da_DK", "no_NO"),
        "TANDLÆGEJOURNAL\nPatient: {uper1.last_first}\nFødselsdato: {udob1.da}\nTelefon: {utel1}\n"
        "Behandling {udate1.dot}: [[fyldning tand 36]]\nTandlæge: {uper2.full}\n",
    ),
    (
        "nav-no",
        "benefit application",
        ("no_NO",),
        "SØKNAD OM SYKEPENGER\nNavn: {uper1.full}\nFødselsnummer: {unat1.no}\n"
        "Arbeidsgiver: {uper2.last} AS, kontakt {uper3.full}\nPeriode: {udate1.dot} - {udate2.dot}\n"
        "Kontonummer: {uacct1}\nÅrsak: [[ryggsmerter]]\n",
    ),
    (
        "kela-fi",
        "benefit application",
        ("fi_FI",),
        "HAKEMUS: [[Kelan sairauspäiväraha]]\nHakija: {uper1.caps_last} {uper1.first}\n"
        "Henkilötunnus: {unat1.fi}\nOsoite: {uaddr1}\nPuhelin: {utel1}\nTilinumero: {uiban1}\n"
        "Lääkärintodistus {udate1.fi}, lääkäri {uper2.full}\n",
    ),
    (
        "ee-referral",
        "referral letter",
        ("et_EE", "lt_LT"),
        "SAATEKIRI\nPatsient: {uper1.full}\nIsikukood: {unat1}\nSaatekirja kuupäev: {udate1.dot}\n"
        "Põhjus: [[kardioloogi konsultatsioon]]\nSaatja: dr {uper2.last}, telefon {utel1}\n",
    ),
    (
        "gr-pharm",
        "prescription",
        ("el_GR",),
        "ΣΥΝΤΑΓΗ\nΑσθενής: {uper1.full}\nΗμ. γέννησης: {udob1.eu}\nΑΜΚΑ: {unat1.gr}\n"
        "Φάρμακο: [[ατορβαστατίνη 20 mg]]\nΙατρός: {uper2.full}, τηλ. {utel1}\nΗμερομηνία: {udate1.eu}\n",
    ),
    (
        "tr-clinic",
        "clinical note",
        ("tr_TR",),
        "MUAYENE NOTU\nHasta: {uper1.caps_full}\nT.C. Kimlik No: {unat1.tr}\n"
        "Doğum tarihi: {udob1.dot}\nAdres: {uaddr1}\nTanı: [[akut sinüzit]]\n"
        "Tedavi: [[amoksisilin klavulanat]]\nHekim: Dr. {uper2.full}\nTarih: {udate1.tr}\n",
    ),
    (
        "ru-discharge",
        "discharge summary",
        ("ru_RU",),
        "ВЫПИСНОЙ ЭПИКРИЗ\nФИО: {uper1.last_space_first}\nДата рождения: {udob1.dot}\n"
        "Полис ОМС: {uplan1}\nАдрес: {uaddr1}\nНаходился на лечении с {udate1.dot} по {udate2.dot}\n"
        "Диагноз: [[внебольничная пневмония]]\nЛечащий врач: {uper2.full}, тел. {utel1}\n",
    ),
    (
        "ua-leave",
        "HR leave request",
        ("uk_UA",),
        "ЗАЯВА ПРО ВІДПУСТКУ\nВід {uper1.full}\nТабельний номер: {uref1}\n"
        "Прошу надати [[щорічну відпустку]] з {udate1.dot} по {udate2.dot}.\n"
        "Телефон: {utel1}\nКерівник: {uper2.full}\n",
    ),
    (
        "he-clinic",
        "clinical note",
        ("he_IL",),
        "סיכום ביקור\nשם המטופל: {uper1.full}\nמספר זהות: {unat1.il}\nתאריך לידה: {udob1.eu}\n"
        "כתובת: {uaddr1}\nאבחנה עיקרית: [[יתר לחץ דם]]\nרופא: {uper2.full}\nתאריך: {udate1.eu}\n",
    ),
    (
        "ar-kyc",
        "KYC review",
        ("ar_SA",),
        "نموذج اعرف عميلك\nالاسم: {uper1.full}\nرقم الجوال: {utel1}\nالبريد: {umail1}\n"
        "رقم الحساب: {uacct1}\nالآيبان: {uiban1}\nتاريخ الميلاد: {udob1.iso}\n"
        "التقييم: [[مخاطر منخفضة]]\nالموظف: {uper2.full}\n",
    ),
    (
        "fa-lab",
        "laboratory report",
        ("fa_IR",),
        "گزارش آزمایشگاه\nنام بیمار: {uper1.full}\nشماره پرونده: {umrn1}\nتاریخ: {udate1.iso}\n"
        "نتیجه: [[قند خون ناشتا 98]]\nپزشک: {uper2.full}\nتلفن: {utel1}\n",
    ),
    (
        "in-aadhaar",
        "benefit application",
        ("en_IN", "hi_IN"),
        "PM-JAY BENEFICIARY VERIFICATION\nName: {uper1.full}\nAadhaar: {unat1.in}\n"
        "Mobile: {utel1}\nAddress: {uaddr1}\nFamily ID: {uplan1}\n"
        "Hospital admission {udate1.eu} for [[cataract surgery]]\nVerified by {uper2.full}\n",
    ),
    (
        "jp-referral",
        "referral letter",
        ("ja_JP",),
        "診療情報提供書\n患者氏名: {uper1.full}\n生年月日: {udob1.ja}\n住所: {uaddr1}\n電話番号: {utel1}\n"
        "傷病名: [[2型糖尿病]]\n紹介先: {utown1}市民病院 {uper2.last}先生\n記載日: {udate1.ja}\n",
    ),
    (
        "cn-record",
        "outpatient record",
        ("zh_CN",),
        "门诊病历\n姓名: {uper1.full}\n身份证号: {unat1.cn}\n出生日期: {udob1.iso}\n"
        "联系电话: {utel1}\n住址: {uaddr1}\n诊断: [[急性上呼吸道感染]]\n医师: {uper2.full}\n就诊日期: {udate1.iso}\n",
    ),
    (
        "tw-insur",
        "insurance claim",
        ("zh_TW",),
        "保險理賠申請書\n被保險人: {uper1.full}\n保單號碼: {uplan1}\n出險日期: {udate1.iso}\n"
        "聯絡電話: {utel1}\n地址: {uaddr1}\n理賠項目: [[住院醫療費用]]\n經辦人: {uper2.full}\n",
    ),
    (
        "kr-rrn",
        "KYC review",
        ("ko_KR",),
        "본인확인 기록\n성명: {uper1.full}\n주민등록번호: {unat1.kr}\n휴대전화: {utel1}\n"
        "주소: {uaddr1}\n계좌번호: {uacct1}\n확인결과: [[실명확인 완료]]\n담당자: {uper2.full} ({udate1.iso})\n",
    ),
    (
        "th-appt",
        "appointment card",
        ("th_TH",),
        "บัตรนัดผู้ป่วย\nชื่อ: {uper1.full}\nHN: {umrn1}\nวันนัด: {udate1.iso}\n"
        "แผนก: [[อายุรกรรม]]\nโทรศัพท์: {utel1}\nแพทย์: {uper2.full}\n",
    ),
    (
        "vn-discharge",
        "discharge summary",
        ("vi_VN",),
        "GIẤY RA VIỆN\nHọ tên: {uper1.caps_full}\nNgày sinh: {udob1.eu}\nĐịa chỉ: {uaddr1}\n"
        "Số BHYT: {uplan1}\nVào viện: {udate1.eu}  Ra viện: {udate2.eu}\n"
        "Chẩn đoán: [[sốt xuất huyết Dengue]]\nBác sĩ: {uper2.full}\n",
    ),
    (
        "id-ktp",
        "KYC review",
        ("id_ID",),
        "VERIFIKASI NASABAH\nNama: {uper1.caps_full}\nNIK: {unat1.id}\nTempat/Tgl lahir: {utown1}, {udob1.id}\n"
        "Alamat: {uaddr1}\nNo. HP: {utel1}\nRekening: {uacct1}\nStatus: [[terverifikasi]]\n",
    ),
    (
        "ph-sss",
        "benefit application",
        ("en_PH", "fil_PH"),
        "SSS SICKNESS BENEFIT APPLICATION\nMember name: {uper1.caps_last_first}\nSS number: {uplan1}\n"
        "Date of birth: {udob1.mdy}\nConfinement: {udate1.mdy} to {udate2.mdy}\n"
        "Diagnosis: [[dengue fever]]\nAttending physician: {uper2.full}, PRC lic. {ulic1}\n",
    ),
    (
        "ge-clinic",
        "clinical note",
        ("ka_GE", "hy_AM"),
        "Patient / პაციენტი: {uper1.full}\nPersonal no.: {uref1}\nVisit: {udate1.iso}\n"
        "Phone: {utel1}\nAssessment: [[seasonal allergic rhinitis]]\nPhysician: {uper2.full}\n",
    ),
    (
        "mx-receta",
        "prescription",
        ("es_MX",),
        "RECETA MÉDICA\nPaciente: {uper1.full}   Edad: {uage1} años\nFecha: {udate1.eu}\n"
        "Rx: [[losartán 50 mg cada 24 h]]\nDr. {uper2.full} - Cédula profesional {ulic1}\n"
        "Consultorio: {uaddr1}  Tel. {utel1}\n",
    ),
    (
        "cl-licencia",
        "sick note",
        ("es_CL",),
        "LICENCIA MÉDICA ELECTRÓNICA N° {uref1}\nTrabajador: {uper1.full}\nRUT: {unat1.cl}\n"
        "Reposo desde {udate1.eu} por {udate2.eu}\nDiagnóstico: [[lumbago agudo]]\n"
        "Profesional: {uper2.full}, RUT {unat2.cl}\n",
    ),
    (
        "ar-factura",
        "invoice",
        ("es_AR",),
        "FACTURA B N° 0003-{uref1}\nCliente: {uper1.last_first}\nCUIT: {unat1.ar}\nDomicilio: {uaddr1}\n"
        "Fecha: {udate1.eu}\nConcepto: [[consulta de kinesiología]] x [[4]]\nCBU: {uacct1}\n",
    ),
    (
        "pt-utente",
        "clinical note",
        ("pt_PT",),
        "NOTA DE CONSULTA\nUtente: {uper1.full}\nNIF: {unat1.pt}\nN.º utente SNS: {uplan1}\n"
        "Data: {udate1.pt}\nMotivo: [[cefaleia recorrente]]\nMédica: Dra. {uper2.full}\nContacto: {utel1}\n",
    ),
    (
        "ch-ahv",
        "HR onboarding form",
        ("de_CH", "fr_CH"),
        "PERSONALBLATT\nName, Vorname: {uper1.last_first}\nAHV-Nr.: {unat1.ch}\nGeburtsdatum: {udob1.dot}\n"
        "Adresse: {uaddr1}\nIBAN Lohnkonto: {uiban1}\nEintritt: {udate1.dot}\n"
        "Funktion: [[Pflegefachfrau HF]]\nNotfallkontakt: {uper2.full}, {utel1}\n",
    ),
    (
        "at-ecard",
        "insurance claim",
        ("de_AT",),
        "Wahlarzt-Rückerstattung\nVersicherte Person: {uper1.full}\nSozialversicherungsnr.: {uplan1}\n"
        "Behandlung am {udate1.de}: [[physikalische Therapie]]\nKonto: {uiban1}\n"
        "Ärztin: Dr.in {uper2.full}\n",
    ),
    (
        "be-mutual",
        "insurance claim",
        ("fr_FR", "nl_BE"),
        "Attestation de soins donnés\nBénéficiaire : {uper1.caps_last} {uper1.first}\n"
        "N° registre national : {unat1.be}\nDate : {udate1.eu}\nPrestation : [[consultation généraliste]]\n"
        "Prestataire : Dr {uper2.full} (INAMI {ulic1})\n",
    ),
    (
        "it-ricetta",
        "prescription",
        ("it_IT",),
        "RICETTA ELETTRONICA - NRE {uref1}\nAssistito: {uper1.caps_last} {uper1.caps_first}\n"
        "Codice fiscale: {unat1.it}\nIndirizzo: {uaddr1}\nPrescrizione: [[ramipril 5 mg]]\n"
        "Medico: {uper2.full}\nData: {udate1.it}\n",
    ),
    (
        "lv-clinic",
        "clinical note",
        ("lv_LV",),
        "AMBULATORĀ APMEKLĒJUMA PIEZĪME\nPacients: {uper1.full}\nPersonas kods: {unat1.lv}\n"
        "Datums: {udate1.dot}\nDiagnoze: [[hipertensija]]\nĀrsts: {uper2.full}, tālr. {utel1}\n",
    ),
    (
        "is-kt",
        "pharmacy dispensing record",
        ("is_IS",),
        "AFGREIÐSLA LYFJA\nNafn: {uper1.full}\nKennitala: {unat1.is}\nLyf: [[íbúprófen 400 mg]]\n"
        "Dagsetning: {udate1.dot}\nLyfjafræðingur: {uper2.full}\n",
    ),
    (
        "za-claim",
        "insurance claim",
        ("en_US", "en_GB"),
        "MEDICAL AID CLAIM (South Africa)\nMain member: {uper1.full}\nID number: {unat1.za}\n"
        "Medical aid no.: {uplan1}\nDependant: {uper2.first_last}, born {udob1.iso}\n"
        "Treatment date: {udate1.iso}\nTariff code: [[0190]]\nPractice no.: {ulic1}\n",
    ),
    (
        "ca-sin",
        "payroll record",
        ("en_CA", "fr_CA"),
        "PAYROLL CHANGE FORM\nEmployee: {uper1.last_first}\nSIN: {unat1.ca}\nDirect deposit account: {uacct1}\n"
        "Home address: {uaddr1}\nPostal code: {upost1}\nEffective: {udate1.iso}\n"
        "Change: [[new banking details]]\nApproved: {uper2.initials_nodot_last}\n",
    ),
    (
        "au-medicare",
        "clinical note",
        ("en_AU",),
        "GP CONSULT\nPatient: {uper1.full}\nMedicare no: {uplan1}\nDOB {udob1.eu}\nAddress: {uaddr1}\n"
        "Mob: {utel1}\nAssessment: [[acute otitis media]]\nPlan: [[review in 48 hours]]\n"
        "Dr {uper2.full}, provider no {ulic1}\n",
    ),
    (
        "nz-nhi",
        "discharge summary",
        ("en_NZ",),
        "DISCHARGE LETTER\n{uper1.caps_last_first} | NHI {umrn1} | DOB {udob1.eu}\n"
        "Admission {udate1.eu} - Discharge {udate2.eu}\nProcedure: [[laparoscopic appendicectomy]]\n"
        "GP: {uper2.full}, {utown1}\n",
    ),
]
BASES += [
    (
        "death-cert",
        "death certificate",
        ("en_US",),
        "CERTIFICATE OF DEATH  State file no. {uref1}\nDecedent: {uper1.caps_full}   Age: {uage1}\n"
        "SSN: {ussn1}   Date of birth: {udob1.mdy}   Date of death: {udate1.mdy}\n"
        "Residence: {uaddr1}\nInformant: {uper2.full} (daughter)\n"
        "Cause: [[congestive heart failure]]\nCertifier: {uper3.full}, license {ulic1}\n",
    ),
    (
        "care-home",
        "care home admission",
        ("en_GB", "en_IE"),
        "RESIDENT ADMISSION ASSESSMENT\nResident: {uper1.first_last}, aged {uage1.words}\n"
        "Room [[12]], admitted {udate1.long} from {utown1}\nNHS number {unat1.gb}\n"
        "Power of attorney: {uper2.full}, tel {utel1}, email {umail1}\n"
        "Needs: [[hoist transfer, pureed diet]]\n",
    ),
    (
        "ambulance",
        "ambulance run sheet",
        ("en_US", "en_AU"),
        "EMS PATIENT CARE REPORT  Incident {uref1}\nPickup: {uaddr1}  GPS {ugeo1}\n"
        "Pt {uper1.last_first}, approx age {uage1}, DOB {udob1.us}\nUnit plate {uveh1.plate}\n"
        "CC: [[fall with hip pain]]. GCS 15. Transported to [[ED bay 3]].\n"
        "Crew: {uper2.initial_last} / {uper3.initial_last}\n",
    ),
    (
        "pacemaker",
        "device interrogation report",
        ("en_US", "de_DE"),
        "PACEMAKER INTERROGATION\nPatient: {uper1.full}  MRN {umrn1}\nDevice serial: {udev1}\n"
        "Programmer MAC {umac1}, remote link {uurl1}\nDate: {udate1.iso}\n"
        "Battery: [[8.5 years remaining]]; lead impedance [[520 ohm]]\nTechnician: {uper2.full}\n",
    ),
    (
        "wearable",
        "wearable sync log",
        ("en_US", "ko_KR"),
        "sync_start ts={udate1.stamp} device_imei={udev1.imei} bt_mac={umac1}\n"
        "owner={umail1} last_gps={ugeo1.nmea}\n"
        "metric=[[resting_hr]] value=58 metric=[[steps]] value=10432\nsync_end uploader_ip={uip1}\n",
    ),
    (
        "dicom",
        "DICOM header dump",
        ("en_US", "ja_JP"),
        "(0008,0020) DA [{udate1.hl7}]  StudyDate\n(0008,0080) LO [{utown1} Imaging Centre] InstitutionName\n"
        "(0008,0090) PN [{uper2.last}^{uper2.first}]  ReferringPhysicianName\n"
        "(0010,0010) PN [{uper1.last}^{uper1.first}]  PatientName\n(0010,0020) LO [{umrn1}]  PatientID\n"
        "(0010,0030) DA [{udob1.hl7}]  PatientBirthDate\n(0018,1000) LO [{udev1}]  DeviceSerialNumber\n"
        "(0008,1030) LO [[[CHEST PA AND LATERAL]]] StudyDescription\n",
    ),
    (
        "genetic",
        "genetic test report",
        ("en_GB", "en_US"),
        "GENOMIC LABORATORY REPORT\nPatient: {uper1.full}   DOB {udob1.iso}   Lab no. {uref1}\n"
        "Biobank sample: {ubio1}\nResult: [[heterozygous pathogenic variant in BRCA2]]\n"
        "Family member tested: {uper2.full} (sister)\nAuthorised by {uper3.full}\n",
    ),
    (
        "biometric",
        "biometric enrolment record",
        ("en_US", "en_IN"),
        "BIOMETRIC ENROLMENT\nApplicant: {uper1.caps_last_first}\nFingerprint template: {ubio1}\n"
        "Iris template: {ubio2}\nFacial image: {uphoto1}\nStation IP {uip1}  operator {uper2.handle}\n"
        "Quality: [[NFIQ 2 score 74]]\nEnrolled: {udate1.stamp}\n",
    ),
    (
        "visa",
        "visa application",
        ("en_GB", "en_US"),
        "VISA APPLICATION - SECTION 2: PERSONAL DETAILS\nFamily name: {uper1.caps_last}\nGiven names: {uper1.caps_first}\n"
        "Date of birth: {udob1.eu}\nPassport number: {upass1}\nNational identity number: {unat1}\n"
        "Address in the UK: {uaddr1}\nSponsor: {uper2.full}, {umail1}\nPurpose: [[skilled worker]]\n",
    ),
    (
        "loan",
        "loan application",
        ("en_US", "en_CA"),
        "LOAN APPLICATION\nBorrower: {uper1.full}  SSN {ussn1}\nCo-borrower: {uper2.full}\n"
        "Employer phone: {utel1}  Fax: {ufax1}\nProperty: {uaddr1}\nChecking account: {uacct1}\n"
        "Requested: [[$350,000 at 30-year fixed]]  Signed {udate1.us}\n",
    ),
    (
        "mt103",
        "SWIFT wire transfer",
        ("de_DE", "fr_FR", "es_ES"),
        ":20:{uref1}\n:23B:CRED\n:32A:{udate1.edi}EUR[[15000,00]]\n:50K:/{uiban1.compact}\n{uper1.caps_full}\n{uaddr1.caps}\n"
        ":59:/{uiban2.compact}\n{uper2.caps_full}\n:70:[[INVOICE 2026-118 SETTLEMENT]]\n:71A:SHA\n",
    ),
    (
        "pnr",
        "travel booking record",
        ("en_US", "en_GB"),
        "RP/LON1S2100/\n  1.{uper1.caps_last}/{uper1.caps_first} MR  2.{uper2.caps_last}/{uper2.caps_first} MRS\n"
        "  3  [[BA 117 Y 17SEP LHRJFK HK2]]\n  4 AP {utel1}\n  5 APE {umail1}\n"
        "  6 SSR DOCS BA HK1 P/GBR/{upass1}/GBR/{udob1.mon}/M/{udate1.mon}/{uper1.caps_last}/{uper1.caps_first}\n"
        "  7 FP CC{ucard1.compact}\n",
    ),
    (
        "hotel",
        "hotel registration card",
        ("fr_FR", "it_IT", "es_ES"),
        "FICHE DE POLICE / REGISTRATION CARD\nNom / Name: {uper1.caps_last}\nPrénom: {uper1.first}\n"
        "Date de naissance: {udob1.eu}\nPasseport: {upass1}\nAdresse: {uaddr1}\n"
        "Véhicule: {uveh1.plate}\nArrivée: {udate1.eu}  Chambre [[214]]\n",
    ),
    (
        "school",
        "school enrolment form",
        ("en_US", "en_AU"),
        "STUDENT ENROLMENT\nStudent: {uper1.first_last}   DOB {udob1.us}\nParent/guardian 1: {uper2.full}, mobile {utel1}\n"
        "Parent/guardian 2: {uper3.full}, email {umail1}\nHome address: {uaddr1}\n"
        "Medical: [[peanut allergy - EpiPen in office]]\n",
    ),
    (
        "utility",
        "utility bill",
        ("en_GB", "en_IE"),
        "YOUR ELECTRICITY BILL\nAccount number: {uacct1}\nBill date: {udate1.long}\n{uper1.initials_caps_last}\n{uaddr1.lines}\n"
        "Meter serial: {udev1}\nAmount due: [[£84.20]] by direct debit from {uiban1}\n",
    ),
    (
        "tax-return",
        "tax return",
        ("en_US",),
        "Form 1040  U.S. Individual Income Tax Return  [[2025]]\nYour first name and middle initial: {uper1.first}\n"
        "Last name: {uper1.last}   Your social security number: {ussn1}\n"
        "Spouse: {uper2.first_last}   Spouse's SSN: {ussn2}\nHome address: {uaddr1}\n"
        "Routing/account: {uacct1}\nPaid preparer: {uper3.full}, PTIN {ulic1}\n",
    ),
    (
        "reference",
        "employment reference letter",
        ("en_GB", "en_NZ"),
        "To whom it may concern at the agency,\n\nI confirm that {uper1.full} (born {udob1.long}) worked for us from "
        "{udate1.long} until {udate2.long} as a [[senior care assistant]].\n{uper1.first} was reliable and well liked.\n"
        "Please contact me on {utel1} or {umail1}.\n\n{uper2.full}\nRegistered manager, {utown1}\n",
    ),
    (
        "obituary",
        "obituary notice",
        ("en_US", "en_CA"),
        "{uper1.caps} passed away peacefully on {udate1.mdy} at the age of {uage1.words}.\n"
        "Born in {utown1}, {uper1.first} is survived by {uper2.first_last} and {uper3.first_last}.\n"
        "A [[celebration of life]] will be held at {uaddr1}. Condolences: {uurl1}\n",
    ),
    (
        "parking",
        "parking fine notice",
        ("en_GB", "nl_NL", "de_DE"),
        "PENALTY CHARGE NOTICE {uref1}\nVehicle registration: {uveh1.plate}\nObserved: {udate1.stamp}\n"
        "Location: {uaddr1}\nRegistered keeper: {uper1.full}\nContravention: [[parked in a restricted street]]\n"
        "Pay online at {uurl1}\n",
    ),
    (
        "vehicle-reg",
        "vehicle registration",
        ("en_US", "pl_PL"),
        "VEHICLE REGISTRATION RENEWAL\nOwner: {uper1.caps_last_first}\nVIN: {uveh1.vin}\nPlate: {uveh2.plate}\n"
        "Driver licence: {ulic1}\nAddress: {uaddr1}\nMake/model: [[Toyota Corolla 2019]]\nRenewed {udate1.us}\n",
    ),
    (
        "tenancy",
        "tenancy application",
        ("en_AU", "en_NZ"),
        "RENTAL APPLICATION\nApplicant: {uper1.full}  DOB {udob1.eu}\nDriver licence no: {ulic1}\n"
        "Current address: {uaddr1}\nCurrent landlord: {uper2.full} ph {utel1}\nBond lodged to: {uacct1}\n"
        "Pets: [[one desexed cat]]\n",
    ),
    (
        "sms",
        "SMS thread export",
        ("en_US", "es_MX"),
        "SMS export - {utel1}\n{udate1.stamp} IN  Hey it's {uper1.first}, new number. Pharmacy says Rx {umrn1} ready\n"
        "{udate1.stamp} OUT ok - pick up [[metformin refill]]? I'm at {uaddr1} till 6\n"
        "{udate2.stamp} IN  {uper2.first} can grab it, her cell {utel2}\n",
    ),
    (
        "slack",
        "team chat export (JSON)",
        ("en_US", "en_GB"),
        '[{"user": "{uper1.handle}", "ts": "{udate1.stamp}", "text": "patient {uper2.full} called, dob {udob1.iso}, needs [[INR recheck]]"},\n'
        ' {"user": "{uper3.handle_under}", "ts": "{udate1.stamp}", "text": "ok. MRN {umrn1}? ring her on {utel1}"},\n'
        ' {"user": "{uper1.handle}", "ts": "{udate2.stamp}", "text": "yes. also she emailed from {umail1}"}]\n',
    ),
    (
        "voicemail",
        "voicemail transcription",
        ("en_US", "en_IE"),
        "Voicemail from {utel1} ({udate1.mdy}, 0:42)\nTranscript: hi this is {uper1.lower} calling about my mom "
        "{uper2.lower} uh she's {uage1} now and her medicare number is {uplan1} ... we need the [[home oxygen order]] "
        "faxed to {ufax1} thanks bye\n",
    ),
    (
        "call-centre",
        "call centre transcript",
        ("en_GB", "en_IN"),
        "AGENT: Thank you for calling, you're speaking with {uper2.first}. Can I take your name?\n"
        "CALLER: Yeah it's {uper1.first}, {uper1.last}, L-A-S-T as in... anyway.\n"
        "AGENT: And the first line of your address and postcode?\nCALLER: {uaddr1}, {upost1}\n"
        "AGENT: Thanks. I can see the [[missed payment]] on account {uacct1}.\n"
        "CALLER: I paid it from my card, {ucard1}\n",
    ),
    (
        "audit-csv",
        "access audit log (CSV)",
        ("en_US", "de_DE"),
        "timestamp;user;workstation_ip;action;record;patient\n"
        "{udate1.stamp};{uper1.handle_initial};{uip1.four};[[VIEW]];{umrn1};{uper2.last_first}\n"
        "{udate2.stamp};{uper1.handle_initial};{uip1.four};[[PRINT]];{umrn1};{uper2.last_first}\n"
        "{udate3.stamp};{uper3.handle_initial};{uip2.four};[[EXPORT]];{umrn2};{uper3.last_first}\n",
    ),
    (
        "prior-auth",
        "prior authorisation fax",
        ("en_US",),
        "FAX COVER  To: Utilization Review  Fax: {ufax1}  From: {ufax2}\nPages: 4   Date: {udate1.us}\n"
        "PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY\nMember: {uper1.last_first}  Member ID: {uplan1}  DOB {udob1.us}\n"
        "Drug: [[adalimumab 40 mg every other week]]\nPrescriber: {uper2.full}, DEA/LIC {ulic1}\n",
    ),
    (
        "eob",
        "explanation of benefits",
        ("en_US",),
        "EXPLANATION OF BENEFITS - THIS IS NOT A BILL\nMember: {uper1.caps}\nMember ID: {uplan1}   Group: [[884201]]\n"
        "Claim number: {uref1}   Provider: {uper2.full}\nService date: {udate1.us}\n"
        "Amount billed [[$412.00]]  Plan paid [[$301.55]]\n",
    ),
    (
        "mental-intake",
        "mental health intake",
        ("en_CA", "fr_CA"),
        "INTAKE ASSESSMENT (confidential)\nClient: {uper1.first_last}, preferred name {uper1.first}\n"
        "Health card: {uplan1}   DOB {udob1.iso}\nEmergency contact: {uper2.full} {utel1}\n"
        "Presenting concern: [[low mood and poor sleep for six weeks]]\nClinician: {uper3.full}, reg. {ulic1}\n",
    ),
    (
        "telehealth",
        "telehealth consent form",
        ("en_US", "pt_BR"),
        "TELEHEALTH CONSENT\nI, {uper1.full}, consent to [[video consultations]].\nSession link: {uurl1}\n"
        "Connecting from IP {uip1}\nSignature: {uper1.initials}   Date: {udate1.us}\nWitness: {uper2.full}\n",
    ),
    (
        "birth-cert",
        "birth registration",
        ("en_GB", "en_IE"),
        "BIRTH REGISTRATION\nChild: {uper1.full}   Born: {udob1.long} at {utown1}\n"
        "Mother: {uper2.full}   Father: {uper3.full}\nUsual address: {uaddr1}\n"
        "Registrar: [[district registrar]]   Entry no. {uref1}\n",
    ),
    (
        "pharmacy-label",
        "pharmacy label",
        ("en_US", "en_CA"),
        "RX# {umrn1}   {uper1.caps_last_first}\n[[TAKE 1 TABLET BY MOUTH TWICE DAILY]]\n"
        "[[LISINOPRIL 10MG TAB]]  QTY 60  REFILLS 2\nDR. {uper2.caps_last}   Filled {udate1.short}\n"
        "{utown1} PHARMACY  {utel1}\n",
    ),
]

BASES += [
    (
        "ics",
        "calendar invitation",
        ("en_US", "en_GB"),
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:{udate1.hl7}T140000Z\n"
        "SUMMARY:[[Post-op review]] - {uper1.full}\n"
        "ORGANIZER;CN={uper2.full}:mailto:{umail1}\nATTENDEE;CN={uper1.full}:mailto:{umail2}\n"
        "LOCATION:{uaddr1}\nDESCRIPTION:Bring referral {uref1}. Call {utel1} to rebook.\n"
        "END:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "sql-dump",
        "database dump (SQL)",
        ("en_US", "pt_BR"),
        "-- dump of table patients, taken for the [[migration dry run]]\n"
        "INSERT INTO patients (id, surname, given, dob, phone, ip_last_login) VALUES\n"
        "  ('{umrn1}', '{uper1.last}', '{uper1.first}', '{udob1.iso}', '{utel1}', '{uip1.four}'),\n"
        "  ('{umrn2}', '{uper2.last}', '{uper2.first}', '{udob2.iso}', '{utel2}', '{uip2.four}');\n",
    ),
    (
        "yaml-config",
        "device provisioning file (YAML)",
        ("en_US", "de_DE"),
        "# infusion pump provisioning - [[ward 7 east]]\ndevice:\n  serial: {udev1}\n  wifi_mac: {umac1}\n"
        "  static_ip: {uip1.four}\nassigned_patient:\n  name: {uper1.full}\n  mrn: {umrn1}\n"
        "provisioned_by: {umail1}\nprovisioned_at: {udate1.stamp}\n",
    ),
    (
        "zoom-chat",
        "meeting chat export",
        ("en_AU", "en_CA"),
        "10:02:11 From  {uper1.first_last}  to  Everyone:\n\tmorning all, {uper2.first} is off sick today\n"
        "10:03:40 From  {uper2.first_last}  to  {uper1.first_last}(Direct Message):\n"
        "\tcan you cover my [[2pm clinic]]? patient is {uper3.full}, mob {utel1}\n"
        "10:05:02 From  {uper1.first_last}  to  Everyone:\n\tnotes are at {uurl1}\n",
    ),
    (
        "kyc-fr",
        "KYC review",
        ("fr_FR", "fr_CA"),
        "CONNAISSANCE CLIENT - DOSSIER {uref1}\nTitulaire : {uper1.caps_last} {uper1.first}\n"
        "Date et lieu de naissance : {udob1.fr}, {utown1}\nPièce d'identité : passeport n° {upass1}\n"
        "Adresse : {uaddr1}\nIBAN : {uiban1}\nCourriel : {umail1}\n"
        "Conclusion : [[profil conforme, vigilance standard]]\nChargé de clientèle : {uper2.full}\n",
    ),
    (
        "fraud-pl",
        "fraud case",
        ("pl_PL",),
        "ZGŁOSZENIE PODEJRZENIA OSZUSTWA nr {uref1}\nKlient: {uper1.full}, PESEL {unat1.pl}\n"
        "Rachunek: {uiban1}\nLogowanie z adresu IP {uip1} dnia {udate1.pl}\n"
        "Opis: [[przelew na nieznany rachunek po rozmowie z fałszywym konsultantem]]\n"
        "Analityk: {uper2.last_space_first}\n",
    ),
    (
        "hr-ja",
        "HR leave request",
        ("ja_JP",),
        "休暇届\n氏名: {uper1.full}\n社員番号: {uref1}\n期間: {udate1.ja} から {udate2.ja}\n"
        "種別: [[育児休業]]\n連絡先: {utel1}\n承認者: {uper2.full}\n",
    ),
    (
        "chat-ko",
        "chat transcript",
        ("ko_KR",),
        "[{uper1.full}] [오후 3:12] 안녕하세요, 예약 변경하려고요\n"
        "[{uper2.full}] [오후 3:13] 성함과 생년월일 알려주세요\n"
        "[{uper1.full}] [오후 3:13] {uper1.full}, {udob1.iso}, 전화 {utel1}\n"
        "[{uper2.full}] [오후 3:15] [[다음 주 화요일 오전 10시]]로 변경되었습니다\n",
    ),
]

# Bases whose layout is a machine format: the second presentation keeps their separators.
STRUCTURED = frozenset(
    {"claim-x12", "hl7-adt", "hl7-oru", "fhir-patient", "fhir-obs", "edifact", "xml-ccd"}
    | {"log-auth", "log-nginx", "csv-export", "tsv-roster", "pipe-table", "fixed-width"}
    | {"wearable", "dicom", "mt103", "pnr", "slack", "audit-csv", "email-hdr", "email-ja"}
    | {"ics", "sql-dump", "yaml-config", "zoom-chat"}
)
# Person forms in the second presentation: another office's order and casing.
SECOND_FORM = {
    "": "last_first",
    "full": "last_first",
    "first_last": "caps_last_first",
    "last_first": "first_last",
    "caps_last_first": "full",
    "caps_last_first_all": "last_first",
    "caps_last_space_first": "last_space_first",
    "last_space_first": "caps_last_space_first",
    "initial_last": "initial_nodot_last",
    "caps_full": "last_first",
    "caps": "caps_last_first",
    "lower": "first_last",
    "initials_caps_last": "initials",
    "first_initial": "initial_last",
}
LABEL = re.compile(r"(^|\n)([^\n:{}\[\]]{2,40}?)(\s?:)")


def _second(key: str, text: str) -> str:
    """The base re-set: surname-first names, capital labels, Windows line ends."""
    out: list[str] = []
    cursor = 0
    for m in SLOT.finditer(text):
        literal = text[cursor : m.start()]
        if key not in STRUCTURED:
            literal = LABEL.sub(lambda x: x.group(1) + x.group(2).upper() + x.group(3), literal)
            literal = literal.replace("\n", "\r\n")
        out.append(literal)
        token = m.group(0)
        if m.group(1) == "uper":
            form = m.group(3) or ""
            token = "{uper" + m.group(2) + "." + SECOND_FORM.get(form, form) + "}"
            token = token.replace(".}", "}")
        out.append(token)
        cursor = m.end()
    tail = text[cursor:]
    if key not in STRUCTURED:
        tail = tail.replace("\n", "\r\n")
    out.append(tail)
    return "".join(out)


def _templates() -> list[Template]:
    out: list[Template] = []
    for key, doc_type, locales, text in BASES:
        out.append(Template(f"u-{key}-a", doc_type, text, locales=((locales[0], 1),)))
        out.append(
            Template(f"u-{key}-b", doc_type, _second(key, text), locales=((locales[-1], 1),))
        )
    return out


TEMPLATES = _templates()

SPLIT = Split(
    name="heldout_u",
    templates=TEMPLATES,
    seeds=range(84360001, 84360401),
    locales=[("en_US", 1)],
    name_countries=("NG", "GH", "EG"),
    id_countries=("US",),
    shapes={
        "mrn": ["UM#######"],
        "plan": ["UP########"],
        "claim": ["UC########"],
        "account": ["UA########"],
        "licence": ["UL######"],
        "reg": ["UR######"],
        "cert": ["UX######"],
        "serial": ["US########"],
    },
    date_formats=("%Y-%m-%d",),
)
