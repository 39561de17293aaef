# ruff: noqa: E501 - templates are documents: their lines are as long as the documents'
"""Split Z: regulated reporting and recorded speech (written in session 41).

Pharmacovigilance and clinical-trial paper (CIOMS I, MedWatch, E2B(R3) XML escaped, case
report forms, narratives, monitoring letters, biobank manifests, pathology and tumour
boards), financial messaging and compliance (SWIFT MT103/MT940, ISO 20022 escaped, SEPA
remittance, suspicious-activity narratives, cheques, loan applications, card disputes),
adjusters' files and tribunal transcripts with speaker turns, and recorded interviews as
subtitles (SRT, WebVTT): names spelt letter by letter, numbers read digit by digit, speech
recognition errors; beside ordinary forms and prose in many languages and scripts.

Held out in session 43 (run once after the freeze), DEV-side (tuned on) since. Values come
from z_forms.py; dates count back from z_forms.Z_TODAY. No template holds an angle bracket
(the metric reads "<...>" as a mask): XML is escaped, and a subtitle cue's arrow is written
as a subtitle listing or a caption export prints it ("→", "--", "---", "–", "⟶"). A
document's dates run in slot order (zdate1 first), whatever order its text names them in.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.z_forms import Z_TODAY

__all__ = ["SPLIT", "TEMPLATES", "Z_TODAY"]

TEMPLATES: list[Template] = []


def T(tid: str, doc_type: str, loc: str | tuple[str, ...] | None, text: str) -> None:
    """Add template "z-<tid>" written in `loc` (one locale, several, or the split's mix)."""
    locales: tuple[tuple[str, int], ...] = ()
    if isinstance(loc, str):
        locales = ((loc, 1),)
    elif loc:
        locales = tuple((x, 1) for x in loc)
    TEMPLATES.append(Template(f"z-{tid}", doc_type, text.strip("\n") + "\n", locales=locales))


# --- Pharmacovigilance and clinical trials ---------------------------------------------

T(
    "cioms-en",
    "CIOMS I form",
    "en_GB",
    """
CIOMS FORM                                   SUSPECT ADVERSE REACTION REPORT
I. REACTION INFORMATION
1. PATIENT INITIALS (first, last)   1a. COUNTRY   2. DATE OF BIRTH      2a. AGE   3. SEX
   {zper1.initials}                    UK            {zdob1.cioms}     --        F
4-6 REACTION ONSET  {zdate1.cioms}
7+13 DESCRIBE REACTION(S): [[Stevens-Johnson syndrome]] with mucosal involvement; hospitalised
   at {zaddr1.plain}. Treating physician {zper2.full} (GMC {zlic1}).
8-12 CHECK ALL APPROPRIATE: [x] PATIENT DIED [ ] INVOLVED OR PROLONGED HOSPITALISATION
II. SUSPECT DRUG(S) INFORMATION
14. SUSPECT DRUG(S): [[lamotrigine 100 mg tablets]]  Lot/batch as per pharmacy
20. DID REACTION ABATE AFTER STOPPING DRUG? YES
IV. MANUFACTURER INFORMATION
24a. NAME AND ADDRESS OF MANUFACTURER: on file   24b. MFR CONTROL NO. {zcase1}
24c. DATE RECEIVED BY MANUFACTURER {zdate2.cioms}   25a. REPORT TYPE: INITIAL
Reporter telephone {ztel1.intl}   fax {zfax1.intl}
""",
)

T(
    "cioms-fr",
    "CIOMS I form",
    "fr_FR",
    """
FORMULAIRE CIOMS -- DÉCLARATION D'EFFET INDÉSIRABLE SUSPECTÉ
1. Initiales du patient : {zper1.initials}    2. Date de naissance : {zdob1.slash}
3. Sexe : M    4-6. Début de la réaction : {zdate1.long_fr}
7+13. Description : [[hépatite cytolytique]] survenue sous traitement ; patient suivi au
CHU, dossier {zmrn1}, médecin déclarant Dr {zper2.caps_last_first}, tél. {ztel1.national}.
N° de sécurité sociale transmis par erreur par le centre : {znat1.fr} ({znat1.label}).
14. Médicament suspect : [[amoxicilline-acide clavulanique]]
24b. N° de contrôle du fabricant : {zcase1}   24c. Reçu le : {zdate2.slash}
Adresse du patient (à anonymiser) : {zaddr1.lines}
""",
)

T(
    "cioms-de",
    "CIOMS I form",
    "de_DE",
    """
CIOMS-Formular -- Verdachtsfall einer Nebenwirkung
Patient (Initialen): {zper1.initials_nodot_last}   Geburtsdatum: {zdob1.eu}   Alter: --
Beginn der Reaktion: {zdate1.long_de}
Beschreibung: [[anaphylaktischer Schock]] nach Infusion, Reanimation erfolgreich.
Behandelnde Ärztin: Dr. med. {zper2.first_last}, {zaddr1.plain}
Steuer-IdNr. des Meldenden (fälschlich eingetragen): {znat1.de}
Herstellerkontrollnummer: {zcase1}    Eingang beim Hersteller: {zdate2.eu}
Rückruf erbeten unter {ztel1.local}, Fax {zfax1.local}
""",
)

T(
    "cioms-ja",
    "CIOMS I form",
    "ja_JP",
    """
CIOMS 副作用報告書
1. 患者イニシャル: {zper1.translit_caps}   2. 生年月日: {zdob1.ja}
4-6. 発現日: {zdate1.ja}
7+13. 副作用の記述: [[間質性肺疾患]]。{ztown1}の病院に入院。
報告医師: {zper2.east}（電話 {ztel1.local}）
24b. 製造販売業者管理番号: {zcase1}
患者ID {zmrn1}、メール {zmail1}
""",
)

T(
    "medwatch-us",
    "MedWatch 3500 form",
    "en_US",
    """
MEDWATCH  FORM FDA 3500 -- Voluntary reporting by health professionals
A. PATIENT INFORMATION
1. Patient identifier: {zper1.initials}   In confidence   2. Age: {zage1} years  Date of birth: {zdob1.us}
3. Sex: Female   4. Weight: 51 kg
B. ADVERSE EVENT, PRODUCT PROBLEM
1. [x] Adverse event  2. Outcome: [x] Hospitalization
3. Date of event: {zdate1.us}   4. Date of this report: {zdate2.us}
5. Describe event: [[serotonin syndrome]] after dose increase; ED visit, MRN {zmrn1}.
   Medicare beneficiary no. {zplan1} recorded on intake sheet; SSN {zssn1} (should not be here).
D. SUSPECT PRODUCTS  #1 Name: [[tramadol hydrochloride 50 mg]]
E. SUSPECT MEDICAL DEVICE  Serial #: {zdev1.serial}  UDI: {zdev1.udi}
G. REPORTER  Name: {zper2.last_first}  Address: {zaddr1.plain}
   Phone: {ztel1.national}   Email: {zmail1}
""",
)

T(
    "medwatch-3500a",
    "MedWatch 3500A mandatory report",
    "en_US",
    """
FORM FDA 3500A (mandatory) -- MFR REPORT #{zcase1}
A1 Patient identifier: {zper1.initial_last}   A2 Age at time of event: {zage1.words} yrs
B3 Date of event {zdate1.hl7}   B4 Date of this report {zdate2.hl7}
B5 Narrative: pump occlusion alarm not raised; patient found hypoglycaemic by daughter
{zper2.first}. Device serial {zdev1}, controller MAC {zmac1}, cloud upload from {znet1}.
G1 Contact office: {zper3.full}, {zaddr1.plain}; tel {ztel1.plain}
""",
)

T(
    "e2b-r3",
    "E2B(R3) ICSR message (XML, escaped)",
    None,
    """
&lt;MCCI_IN200100UV01 ITSVersion="XML_1.0"&gt;
 &lt;id extension="{zcase1}" root="2.16.840.1.113883.3.989.2.1.3.1"/&gt;
 &lt;investigationEvent&gt;&lt;id extension="{zcase1}"/&gt;
  &lt;effectiveTime value="{zdate2.hl7}"/&gt;
  &lt;primaryRole classCode="INVSBJ"&gt;
   &lt;player1 classCode="PSN" determinerCode="INSTANCE"&gt;
    &lt;name&gt;{zper1.initials_nodot_last}&lt;/name&gt;
    &lt;birthTime value="{zdob1.hl7}"/&gt;
    &lt;asIdentifiedEntity&gt;&lt;id extension="{zmrn1}" root="2.16.840.1.113883.3.989.2.1.3.7"/&gt;
   &lt;/player1&gt;
  &lt;/primaryRole&gt;
  &lt;component&gt;&lt;observationEvent&gt;&lt;value xsi:type="CE" code="10040400" displayName="[[Stevens-Johnson syndrome]]"/&gt;
   &lt;effectiveTime&gt;&lt;low value="{zdate1.hl7}"/&gt;&lt;/effectiveTime&gt;
  &lt;/observationEvent&gt;&lt;/component&gt;
  &lt;author&gt;&lt;assignedEntity&gt;&lt;given&gt;{zper2.first}&lt;/given&gt;&lt;family&gt;{zper2.last}&lt;/family&gt;
   &lt;telecom value="tel:{ztel1.e164}"/&gt;&lt;telecom value="mailto:{zmail1}"/&gt;
  &lt;/assignedEntity&gt;&lt;/author&gt;
 &lt;/investigationEvent&gt;
&lt;/MCCI_IN200100UV01&gt;
""",
)

T(
    "e2b-r3-de",
    "E2B(R3) ICSR message (XML, escaped)",
    "de_AT",
    """
&amp;lt;!-- weitergeleitet an BASG, doppelt maskiert --&amp;gt;
&amp;lt;primaryRole&amp;gt;&amp;lt;name&amp;gt;{zper1.initials}&amp;lt;/name&amp;gt;
&amp;lt;birthTime value="{zdob1.hl7}"/&amp;gt;&amp;lt;/primaryRole&amp;gt;
&amp;lt;reaction&amp;gt;[[Agranulozytose]] seit {zdate1.long_de}&amp;lt;/reaction&amp;gt;
&amp;lt;reporter&amp;gt;{zper2.caps_last_first}, {zaddr1.plain}, {ztel1.intl}&amp;lt;/reporter&amp;gt;
&amp;lt;safetyreportid&amp;gt;AT-BASG-{zcase1}&amp;lt;/safetyreportid&amp;gt;
""",
)

T(
    "crf-ae",
    "Case report form (adverse event page)",
    "en_US",
    """
PROTOCOL [[ZX-3021]]  SITE 114  SUBJECT {zsubj1}  VISIT Week 12
AE LOG (CRF page 41 of 88)
| AE # | Term (verbatim)           | Onset       | Resolved    | Serious | Related |
|------|---------------------------|-------------|-------------|---------|---------|
| 1    | [[grade 3 neutropenia]]   | {zdate1.dmy_mon} | {zdate2.dmy_mon} | Y       | Probable|
| 2    | [[injection site rash]]   | {zdate3.dmy_mon} | ongoing     | N       | Possible|
Investigator signature: {zper1.last_first_initial}   Date: {zdate4.dmy_mon}
CRA query: subject initials on source were "{zper2.initials_nodot_last}", DOB {zdob1.dmy_mon} -- redact before upload.
""",
)

T(
    "crf-demog",
    "Case report form (demographics)",
    "es_ES",
    """
CUADERNO DE RECOGIDA DE DATOS -- Demografía
Centro: 07   Nº de paciente: {zsubj1}   Iniciales: {zper1.initials}
Fecha de nacimiento: {zdob1.slash}   Edad: -- años   Sexo: M
Fecha de firma del consentimiento: {zdate1.long_es}
Investigador principal: Dra. {zper2.full}
Nº colegiado: {zlic1}
DNI del paciente (no debe registrarse): {znat1.es}
Teléfono de contacto: {ztel1.local}
[[Criterios de inclusión cumplidos]]
""",
)

T(
    "narrative-sae",
    "Adverse event narrative",
    "en_GB",
    """
CASE NARRATIVE -- Case ID {zcase1}
A {zage1}-year-old woman ({zper1.initials}) enrolled as subject {zsubj1} experienced
[[acute kidney injury]] on {zdate1.long_gb}, 19 days after starting study drug. She was
admitted to the renal unit under Dr {zper2.last} and dialysed twice. Her son, {zper3.full},
reported the event by telephone ({ztel1.spoken_gb}, as noted by the call handler). Study drug was
withdrawn on {zdate2.long_gb}. Creatinine returned to baseline by {zdate3.long_gb}.
Causality (investigator): [[probably related]]. Outcome: recovered with sequelae.
""",
)

T(
    "narrative-fr",
    "Adverse event narrative",
    "fr_BE",
    """
RÉCIT DU CAS {zcase1}
Patiente de {zage1.words_fr} ans, Mme {zper1.caps_last_first}, domiciliée {zaddr1.plain},
a présenté une [[chute avec fracture du col du fémur]] le {zdate1.long_fr}, trois jours après
l'instauration de [[zolpidem]]. Numéro national : {znat1.be}.
Signalé par le pharmacien {zper2.full}, joignable au {ztel1.intl}.
""",
)

T(
    "monitoring-letter",
    "Site monitoring letter",
    "en_US",
    """
{zdate3.long_us}

{zper1.full}, MD
Principal Investigator
{zaddr1.lines}

Re: Interim Monitoring Visit, Protocol [[ONC-7781]], Site 2204

Dear Dr. {zper1.last},

Thank you for hosting the monitoring visit on {zdate2.long_us}. Source data verification
found that subject {zsubj1} (initials on ICF: {zper2.initials}) signed consent version 4
on {zdate1.us}, before IRB approval. A copy of the subject's driver's license ({zlic1})
was found in the shadow chart and must be removed. Please also note the site coordinator
{zper3.first_last} e-mailed a lab report to an external address ({zmail1}).

Action items are due within [[30 calendar days]].

Sincerely yours,
{zper4.full}, Clinical Research Associate   Direct: {ztel1.plain}
""",
)

T(
    "monitoring-letter-it",
    "Site monitoring letter",
    "it_IT",
    """
Lettera di follow-up della visita di monitoraggio del {zdate1.long_it}
Egregio Prof. {zper1.last},
durante la visita abbiamo riscontrato che il codice fiscale del soggetto
{zsubj1} -- {znat1.it} -- compare nel CRF cartaceo. Si prega di oscurarlo.
La coordinatrice {zper2.full} ha confermato la correzione via PEC ({zmail1}).
Prossima visita: {zdate2.long_it}. Cordiali saluti, {zper3.first_last} (CRA)
""",
)

T(
    "biobank-manifest",
    "Biobank sample manifest (CSV)",
    "en_GB",
    """
manifest_id,sample_id,donor_name,donor_dob,collected,tube,storage,consent
MAN-004,{zsample1},"{zper1.last_first}",{zdob1.iso},{zdate1.iso},EDTA,[[-80C freezer 3 rack B]],broad
MAN-004,{zsample2},"{zper2.last_first}",{zdob2.iso},{zdate1.iso},SST,[[-80C freezer 3 rack B]],restricted
MAN-004,{zsample3},"{zper3.caps_last_first}",{zdob3.iso},{zdate2.iso},PAXgene,LN2 tank 1,broad
# courier: {zper4.full} {ztel1.intl}; manifest e-mailed from {zmail1}
""",
)

T(
    "biobank-tsv",
    "Biobank sample manifest (TSV)",
    "sv_SE",
    """
prov_id	personnummer	namn	provtagning	material	[[fryst i -80]]
{zsample1}	{znat1.se}	{zper1.last_first}	{zdate1.iso}	plasma	ja
{zsample2}	{znat2.se}	{zper2.last_first}	{zdate2.iso}	serum	ja
{zsample3}	{znat3.se}	{zper3.last_first}	{zdate3.iso}	DNA	nej
ansvarig: {zper4.full}, tel {ztel1.local}
""",
)

T(
    "pathology-report",
    "Pathology report",
    "en_US",
    """
SURGICAL PATHOLOGY REPORT                     Accession: {zsample1}
Patient: {zper1.caps_last_first}    MRN: {zmrn1}    DOB: {zdob1.us}   Age: {zage1}
Collected: {zdate1.us}   Received: {zdate2.us}
Submitting physician: {zper2.full}, MD (NPI on file)
FINAL DIAGNOSIS: Right breast, core biopsy: [[invasive ductal carcinoma, grade 2]].
[[ER positive, PR positive, HER2 negative (IHC 1+)]].
Electronically signed by {zper3.initials_caps_last}, MD on {zdate3.long_us}
Slides photographed: {zphoto1}
""",
)

T(
    "pathology-de",
    "Pathologiebefund",
    "de_CH",
    """
Institut für Pathologie -- Befundbericht  E-Nr. {zsample1}
Patient/in: {zper1.caps_last_space_first}, geb. {zdob1.eu}, AHV-Nr. {znat1.ch}
Einsender: Dr. {zper2.last}, {zaddr1.plain}
Eingang: {zdate1.eu}
Diagnose: [[tubuläres Adenom mit niedriggradiger Dysplasie]], vollständig entfernt.
Visum: {zper3.first_last}, {zdate2.long_de}
""",
)

T(
    "tumour-board",
    "Tumour board note",
    "en_AU",
    """
MULTIDISCIPLINARY TUMOUR BOARD -- {zdate1.long_gb}
Present: {zper1.full} (chair), {zper2.initial_last} (radiology), {zper3.last} (surgery)
Case 4: {zper4.full}, {zage1}y, UR {zmrn1}. Lives alone in {ztown1}.
Imaging: [[4.2 cm right upper lobe mass with mediastinal nodes]].
Histology (specimen {zsample1}): [[adenocarcinoma, EGFR exon 19 deletion]].
Recommendation: [[osimertinib]], review in clinic {zdate2.long_gb}.
Daughter {zper5.first} ({ztel1.local}) to be informed with patient's consent.
""",
)

T(
    "tumour-board-pl",
    "Konsylium onkologiczne",
    "pl_PL",
    """
PROTOKÓŁ KONSYLIUM ONKOLOGICZNEGO z dnia {zdate1.long_pl}
Pacjent: {zper1.full}, PESEL {znat1.pl}, nr historii choroby {zmrn1}
Rozpoznanie: [[rak jelita grubego, stopień III]]
Skład: dr n. med. {zper2.full}, lek. {zper3.first_last}
Decyzja: [[chemioterapia adjuwantowa FOLFOX]] od {zdate2.long_pl}
Kontakt z rodziną: {ztel1.local}
""",
)

T(
    "susar-notice",
    "SUSAR expedited notification e-mail",
    None,
    """
From: Drug Safety {zmail1}
To: ethics-committee@rec.example
Date: {zdate2.long_gb} 09:14:22 +0000
Subject: SUSAR 7-day report -- EudraCT [[2025-000123-45]] -- case {zcase1}
X-Originating-IP: [{znet1}]

A fatal [[myocarditis]] was reported on {zdate2.eu} for subject {zsubj1} at the site led by
Prof. {zper1.full}. The subject's general practitioner, Dr {zper2.last_first}, confirmed
date of death as {zdate1.eu}. Follow-up expected.
""",
)

T(
    "informed-consent-log",
    "Informed consent log",
    "nl_NL",
    """
Toestemmingslog studie [[NL-81234.078.25]]
Nr | Naam deelnemer        | BSN          | Datum toestemming | Versie | Onderzoeker
01 | {zper1.last_first}     | {znat1.nl}    | {zdate1.slash}       | v3.1   | {zper4.initials}
02 | {zper2.last_first}     | {znat2.nl}    | {zdate2.slash}       | v3.1   | {zper4.initials}
03 | {zper3.caps_last_first} | {znat3.nl}   | {zdate3.slash}       | v3.2   | {zper4.initials}
""",
)

T(
    "dsur-listing",
    "DSUR line listing",
    None,
    """
DSUR line listing of serious adverse reactions (reporting period ends {zdate3.cioms})
Case ID          Country  Subject   Age/Sex  Reaction (PT)                  Onset
{zcase1}  DE       {zsubj1}  {zage1}/F   [[hepatic failure]]             {zdate1.cioms}
{zcase2}  FR       {zsubj2}  71/M     [[interstitial lung disease]]     {zdate2.cioms}
Prepared by {zper1.initial_last}, QPPV office
""",
)

T(
    "vigiflow-ru",
    "Извещение о нежелательной реакции",
    "ru_RU",
    """
ИЗВЕЩЕНИЕ О НЕЖЕЛАТЕЛЬНОЙ РЕАКЦИИ ЛЕКАРСТВЕННОГО ПРЕПАРАТА
Пациент: {zper1.full} ({zper1.translit})   Дата рождения: {zdob1.eu}
Описание реакции: [[ангионевротический отёк]] после приёма препарата
Дата начала: {zdate1.ru}
Сообщивший врач: {zper2.last} {zper2.first}, тел. {ztel1.plain}
Адрес пациента: {zaddr1.plain}
""",
)

T(
    "pv-call-vtt",
    "Pharmacovigilance call recording (WebVTT)",
    "en_GB",
    """
WEBVTT
Kind: captions
Language: en-GB

00:00:01.200 → 00:00:04.800
AGENT: Patient safety line, you're speaking to {zper1.first}.

00:00:05.000 → 00:00:10.400
CALLER: Hi, my mum had a reaction to her [[blood pressure tablets]] and the GP said to ring you.

00:00:10.600 → 00:00:14.000
AGENT: I'm sorry to hear that. Can I take her surname, spelt for me please?

00:00:14.300 → 00:00:18.900
CALLER: It's {zper2.spelt_a}

00:00:19.000 → 00:00:22.100
CALLER: {zper2.spelt_b}, first name {zper2.first}.

00:00:22.500 → 00:00:27.700
AGENT: And her date of birth? -- CALLER: {zdob1.spoken}, I think, yes.

00:00:28.000 → 00:00:33.300
CALLER: Best number is {ztel1.spoken_a}

00:00:33.400 → 00:00:36.000
CALLER: {ztel1.spoken_b}.
""",
)
# --- Financial messaging and compliance -----------------------------------------------

T(
    "mt103",
    "SWIFT MT103 customer transfer",
    "de_DE",
    """
{1:F01DEUTDEFFAXXX0000000000}{2:I103BNPAFRPPXXXXN}{3:{108:ZX41REF}}{4:
:20:TRF{zdate1.swift}0042
:23B:SPRI
:32A:{zdate1.swift}EUR12500,00
:50K:/{ziban1.compact}
{zper1.swift}
{zaddr1.swift}
:52A:DEUTDEFF
:57A:BNPAFRPP
:59:/{ziban2.compact}
{zper2.swift}
:70:/RFB/[[INVOICE 2025-118 CONSULTING]]
:71A:BEN
-}
""",
)

T(
    "mt103-gb",
    "SWIFT MT103 customer transfer",
    "en_GB",
    """
:20:FX{zdate1.swift}77
:23B:SSTD
:32A:{zdate1.swift}GBP4870,15
:33B:GBP4870,15
:50F:/{zacct1.compact}
1/{zper1.swift}
2/{zaddr1.swift}
3/GB/{ztown1.caps}
:59F:/{ziban1.compact}
1/{zper2.swift_last_first}
:70:[[SCHOOL FEES TERM 2]]
:71A:OUR
""",
)

T(
    "mt940",
    "SWIFT MT940 statement",
    "nl_NL",
    """
:20:STMT{zdate2.swift}
:25:{ziban1.compact}
:28C:00214/001
:60F:C{zdate1.swift}EUR3421,55
:61:{zdate1.swift}{zdate1.swift}D120,00NTRFNONREF//B5A11
:86:/TRCD/01028/BENM//NAME/{zper1.swift}/REMI/USTD//[[huur december]]/IBAN/{ziban2.compact}
:61:{zdate2.swift}C1850,00NTRFNONREF
:86:/ORDP//NAME/{zper2.swift}/ADDR/{zaddr1.swift}/REMI/[[salaris]]
:62F:C{zdate2.swift}EUR5151,55
""",
)

T(
    "pain001",
    "ISO 20022 pain.001 (XML, escaped)",
    "fr_FR",
    """
&lt;CdtTrfTxInf&gt;
  &lt;PmtId&gt;&lt;EndToEndId&gt;E2E-{zcase1}&lt;/EndToEndId&gt;&lt;/PmtId&gt;
  &lt;Amt&gt;&lt;InstdAmt Ccy="EUR"&gt;640.00&lt;/InstdAmt&gt;&lt;/Amt&gt;
  &lt;Cdtr&gt;&lt;Nm&gt;{zper1.full}&lt;/Nm&gt;
    &lt;PstlAdr&gt;&lt;StrtNm&gt;{zaddr1.street}&lt;/StrtNm&gt;&lt;PstCd&gt;{zaddr1.post}&lt;/PstCd&gt;&lt;TwnNm&gt;{ztown1}&lt;/TwnNm&gt;&lt;/PstlAdr&gt;
  &lt;/Cdtr&gt;
  &lt;CdtrAcct&gt;&lt;Id&gt;&lt;IBAN&gt;{ziban1.compact}&lt;/IBAN&gt;&lt;/Id&gt;&lt;/CdtrAcct&gt;
  &lt;RmtInf&gt;&lt;Ustrd&gt;[[Loyer novembre]] {zper2.caps}&lt;/Ustrd&gt;&lt;/RmtInf&gt;
&lt;/CdtTrfTxInf&gt;
""",
)

T(
    "camt053",
    "ISO 20022 camt.053 entry (XML, escaped)",
    "es_ES",
    """
&lt;Ntry&gt;&lt;Amt Ccy="EUR"&gt;89.90&lt;/Amt&gt;&lt;CdtDbtInd&gt;DBIT&lt;/CdtDbtInd&gt;
 &lt;BookgDt&gt;&lt;Dt&gt;{zdate1.iso}&lt;/Dt&gt;&lt;/BookgDt&gt;
 &lt;NtryDtls&gt;&lt;TxDtls&gt;&lt;RltdPties&gt;
  &lt;Dbtr&gt;&lt;Nm&gt;{zper1.caps}&lt;/Nm&gt;&lt;/Dbtr&gt;&lt;DbtrAcct&gt;&lt;Id&gt;&lt;IBAN&gt;{ziban1.compact}&lt;/IBAN&gt;&lt;/Id&gt;&lt;/DbtrAcct&gt;
  &lt;Cdtr&gt;&lt;Nm&gt;[[Compañía Eléctrica del Sur]]&lt;/Nm&gt;&lt;/Cdtr&gt;
 &lt;/RltdPties&gt;&lt;RmtInf&gt;&lt;Ustrd&gt;Contrato {zacct1} titular {zper1.last_first}&lt;/Ustrd&gt;&lt;/RmtInf&gt;
 &lt;/TxDtls&gt;&lt;/NtryDtls&gt;&lt;/Ntry&gt;
""",
)

T(
    "sepa-remit",
    "SEPA remittance lines",
    "de_AT",
    """
SEPA-Überweisung  Auftraggeber: {zper1.first_last}  IBAN {ziban1.grouped}
Empfänger: {zper2.caps}  IBAN {ziban2.grouped}
Verwendungszweck: [[Miete Dezember]] Top 7 / Vertrag {zacct1}
Ausführungsdatum: {zdate1.eu}
Auftraggeberreferenz: Steuer-IdNr. {znat1.de} (Deutschland)
""",
)

T(
    "sepa-remit-it",
    "SEPA remittance lines",
    "it_IT",
    """
BONIFICO SEPA ESEGUITO il {zdate1.eu}
ORDINANTE: {zper1.caps_last_first} -- IBAN {ziban1.compact}
BENEFICIARIO: {zper2.caps} -- IBAN {ziban2.compact}
CAUSALE: [[Rimborso spese condominiali]] CF {znat1.it}
CRO 0000{zacct1.compact}
""",
)

T(
    "sar-narrative",
    "Suspicious activity report narrative",
    "en_US",
    """
SAR NARRATIVE -- Filing institution case {zcase1}
This report concerns {zper1.full} (SSN {zssn1}, DOB {zdob1.us}), residing at
{zaddr1.plain}. Between {zdate1.long_us} and {zdate2.long_us}, the subject made
[[27 cash deposits just under $10,000]] into checking account {zacct1} and wired the
funds to {zper2.full} via account {zacct2}. The subject logged in from IP {znet1}
using a device with MAC {zmac1}. Subject's vehicle (VIN {zveh1.vin}) was observed at
the branch. Subject's phone: {ztel1.plain}; e-mail {zmail1}.
[[Structuring]] is suspected. No law-enforcement contact has been made.
""",
)

T(
    "sar-narrative-gb",
    "Suspicious activity report narrative",
    "en_GB",
    """
SAR (NCA) -- Reason for suspicion
The subject, Mr {zper1.first_caps_last}, born {zdob1.long_gb}, of {zaddr1.plain},
received [[rapid in-and-out payments]] totalling GBP 48,200 into sort code 20-44-91 account
{zacct1} from {zper2.full} and {zper3.full}. Funds were moved on within hours to
{ziban1.compact}. Customer's passport number {zpass1}; NI number on file. Mobile {ztel1.intl}.
Linked case {zcase1}; analyst {zper4.initial_last}.
""",
)

T(
    "cheque-ocr",
    "Cheque transcription (OCR)",
    "en_US",
    """
[OCR scan of cheque, image {zphoto1}]
{zper1.ocr_caps}                                          No. 1042
{zaddr1.caps}                                          Date {zdate1.us}
PAY TO THE
ORDER OF ____{zper2.ocr}______________________  $ 1,250.00
[[One thousand two hundred fifty and 00/100]] ---------------- DOLLARS
MEMO [[rent deposit]]                         signature illegible
:021000021: {zacct1.compact}: 1042
""",
)

T(
    "cheque-fr",
    "Transcription de chèque",
    "fr_FR",
    """
Chèque n° 0004571 -- payable en France
Payez contre ce chèque : [[deux cent quarante euros]]
à l'ordre de : {zper1.caps}
À {ztown1}, le {zdate1.slash}
Titulaire : {zper2.full}, {zaddr1.plain}
Compte : {zacct1}
""",
)

T(
    "loan-application",
    "Loan application transcription",
    "en_US",
    """
UNIFORM RESIDENTIAL LOAN APPLICATION (transcribed from handwritten form)
Borrower name: {zper1.last_first_middle}          SSN: {zssn1}
Date of birth (mm/dd/yyyy): {zdob1.us}     Marital status: married
Present address: {zaddr1.plain}   Own [ ] Rent [x]  No. yrs: 4
Co-borrower: {zper2.full}   SSN {zssn2}
Employer: [[Hartwell Logistics]]   Position: dispatcher   Phone: {ztel1.plain}
Assets: checking acct {zacct1} balance $6,420; savings acct {zacct2}
Vehicle: {zveh1.vin} (2019)   Plate {zveh1.plate}
Loan purpose: [[purchase of primary residence]]
Signed {zdate1.us}
""",
)

T(
    "loan-application-br",
    "Proposta de crédito",
    "pt_BR",
    """
PROPOSTA DE FINANCIAMENTO IMOBILIÁRIO
Proponente: {zper1.caps}   CPF: {znat1.br}
Nascimento: {zdob1.slash}   Estado civil: solteira
Endereço: {zaddr1.plain}
Telefone: {ztel1.local}   E-mail: {zmail1}
Renda mensal: R$ 8.400,00   Conta: {zacct1}
Finalidade: [[aquisição de imóvel residencial]]
Data: {zdate1.long_pt}
""",
)

T(
    "card-dispute",
    "Card dispute letter",
    "en_US",
    """
{zper1.full}
{zaddr1.lines}

{zdate2.long_us}

Card Services Disputes
Re: Card ending -- full number {zcard1}

To Whom It May Concern:

I am disputing a charge of $842.19 posted on {zdate1.us} from a merchant I have never
used. I was in hospital at the time ([[St. Brendan's, ward 4]]). My card was in my wallet.
Please reach me at {ztel1.plain} or {zmail1}. Claim reference {zclaim1}.

[[I did not authorise this transaction.]]

Sincerely, {zper1.first_last}
""",
)

T(
    "card-dispute-es",
    "Carta de reclamación de tarjeta",
    "es_MX",
    """
{ztown1}, a {zdate2.long_es}
Estimados señores:
Por medio de la presente, yo, {zper1.full}, con CURP {znat1.mx}, titular de la tarjeta
{zcard1}, desconozco el cargo del {zdate1.slash} por $3,499.00 MXN.
[[Solicito la cancelación del cargo y la reposición del plástico.]]
Teléfono: {ztel1.local}. Folio de aclaración: {zclaim1}.
Atentamente, {zper1.first_last}
""",
)

T(
    "kyc-review",
    "KYC review",
    "en_GB",
    """
KYC PERIODIC REVIEW -- Customer file {zacct1}
Customer: {zper1.full}   DOB: {zdob1.slash}   Nationality: Irish
ID verified: passport {zpass1}, expiry noted; PPSN {znat1.ie}
Address: {zaddr1.plain} (proof: utility bill dated {zdate1.slash})
PEP screening: [[no match]]   Sanctions: [[no match]]
Source of wealth: inheritance from late father {zper2.full}
Risk rating: [[medium]]  Reviewer: {zper3.initial_last}   Date {zdate2.slash}
""",
)

T(
    "kyc-review-pipe",
    "KYC review (pipe table)",
    "en_IN",
    """
| Field            | Value                       | Verified |
|------------------|-----------------------------|----------|
| Customer name    | {zper1.caps}                | Y        |
| Father's name    | {zper2.caps}                | Y        |
| Aadhaar          | {znat1.in}                  | Y        |
| Mobile           | {ztel1.intl}                | OTP      |
| Email            | {zmail1}                    | N        |
| Address          | {zaddr1.plain}              | Y        |
| Account          | {zacct1}                    | --       |
| Risk category    | [[Low]]                     |          |
""",
)

T(
    "kyc-review-zh",
    "客户尽职调查表",
    "zh_CN",
    """
客户身份识别复核表
客户姓名：{zper1.east}（拼音 {zper1.translit_caps}）
公民身份号码：{znat1.cn}
联系电话：{ztel1.local}
住址：{zaddr1.plain}
账户：{zacct1}
复核结论：[[风险等级 低]]
复核人：{zper2.east}  日期：{zdate1.ja}
""",
)

T(
    "fraud-case",
    "Fraud case file",
    "en_US",
    """
FRAUD CASE {zcase1} -- status [[OPEN]]
Opened: {zdate1.iso} by analyst {zper1.handle}
Victim: {zper2.full}, card {zcard1}, acct {zacct1}
Suspect device: IMEI {zdev1.imei}; login IPs {znet1}, {znet2}
Mule account: {ziban1.compact} (holder {zper3.caps})
Event timeline (UTC):
  {zdate1.iso} 02:14 password reset from {znet1}
  {zdate2.iso} 02:31 new payee added: {zper3.last_first}
  {zdate2.iso} 02:33 [[transfer of $9,800 blocked by velocity rule]]
Victim contacted at {ztel1.plain}; confirmed no authorisation.
""",
)

T(
    "fraud-case-pt",
    "Processo de fraude",
    "pt_PT",
    """
PROCESSO DE FRAUDE N.º {zcase1}
Lesado: {zper1.full}, NIF {znat1.pt}
Cartão comprometido: {zcard1}
Transações contestadas em {zdate1.long_pt}: [[3 compras online em comerciante estrangeiro]]
Endereço IP de origem: {znet1}
Gestora do processo: {zper2.first_last} -- {ztel1.intl}
""",
)

T(
    "aml-alert-log",
    "AML alert log",
    None,
    """
{zdate1.iso}T11:02:19Z ALERT rule=[[R17_RAPID_MOVEMENT]] cust="{zper1.last_first}" acct={zacct1} score=0.93
{zdate1.iso}T11:02:20Z ENRICH cust_dob={zdob1.iso} addr="{zaddr1.plain}" phone={ztel1.e164}
{zdate1.iso}T11:05:41Z LINK counterparty="{zper2.caps}" iban={ziban1.compact}
{zdate1.iso}T11:06:03Z SESSION ip={znet1} mac={zmac1} ua="Mozilla/5.0"
{zdate1.iso}T11:30:00Z ASSIGN analyst={zmail1} case={zcase1}
""",
)

T(
    "bank-statement-csv",
    "Bank statement export (CSV)",
    "en_GB",
    """
Date,Type,Description,Paid out,Paid in,Balance
{zdate1.slash},FPI,"{zper1.caps} [[REF SALARY]]",,2450.00,3120.44
{zdate2.slash},DD,"[[COUNCIL TAX]]",162.00,,2958.44
{zdate3.slash},FPO,"{zper2.caps} {zacct1.compact} 20-11-54",300.00,,2658.44
{zdate4.slash},CHQ,"CHQ 000112 {zper3.last}",75.00,,2583.44
""",
)

T(
    "wire-email",
    "Wire instruction e-mail",
    "en_US",
    """
From: {zper1.full} {zmail1}
Sent: {zdate1.long_us} 4:52 PM
To: escrow team
Subject: RE: closing funds -- UPDATED wiring instructions

Please wire the balance to our new account today, the old one is frozen:
Beneficiary: {zper1.caps}
Account: {zacct1}
Routing: 026009593
Reference: [[123 Larch Lane closing]]
Call me at {ztel1.plain} if any issue. -- {zper1.first}
[Flag added by IT: sender IP {znet1} not previously seen; [[possible business e-mail compromise]]]
""",
)

T(
    "credit-report-fw",
    "Credit bureau extract (fixed width)",
    "en_US",
    """
SUBJ NAME                 SSN          DOB        ACCT#           OPENED     STATUS
{zper1.caps_last_first_all}    {zssn1}  {zdob1.us}  {zacct1.compact}  {zdate1.us} [[CURRENT]]
AKA  {zper1.caps_last}, {zper1.caps_first}; {zper1.last_first_initial}
ADDR {zaddr1.caps}
EMPL [[CITY TRANSIT AUTH]] PHONE {ztel1.plain}
""",
)
# --- Insurance adjusters and tribunal or court transcripts ------------------------------

T(
    "claim-health",
    "Insurance claim",
    "en_US",
    """
HEALTH INSURANCE CLAIM FORM (CMS-1500 transcription)
1a. INSURED'S ID NUMBER {zplan1}
2. PATIENT'S NAME (Last, First, MI) {zper1.last_first_middle}
3. PATIENT'S BIRTH DATE {zdob1.us}   SEX F
5. PATIENT'S ADDRESS {zaddr1.plain}   TELEPHONE {ztel1.plain}
4. INSURED'S NAME {zper2.caps_last_first}
14. DATE OF CURRENT ILLNESS {zdate1.us}
21. DIAGNOSIS [[M54.5 low back pain]]
24A. DATES OF SERVICE {zdate2.us}   24D. CPT [[97110]]
25. FEDERAL TAX I.D. (SSN) {zssn1}
26. PATIENT'S ACCOUNT NO. {zacct1}
31. SIGNATURE OF PHYSICIAN {zper3.full}   33. BILLING PROVIDER license {zlic1}
""",
)

T(
    "claim-motor",
    "Motor insurance claim",
    "en_GB",
    """
MOTOR CLAIM NOTIFICATION -- Claim no. {zclaim1}
Policyholder: {zper1.full}   Policy: {zplan1}
Date of loss: {zdate1.long_gb} at approx. 17:40, {ztown1}
Insured vehicle: reg {zveh1.plate}, VIN {zveh1.vin}
Third party: {zper2.full}, {zaddr1.plain}, tel {ztel1.local}
Third party vehicle reg {zveh2.plate}
Circumstances: [[rear-end collision at roundabout]]; dashcam footage uploaded ({zphoto1}).
Driving licence number of insured: {zlic1}
""",
)

T(
    "adjuster-notes",
    "Adjuster's file notes",
    "en_US",
    """
ADJUSTER FILE NOTES -- claim {zclaim1}
{zdate1.us} 09:12  Rec'd FNOL from insured {zper1.full}. Kitchen fire, [[no injuries]].
{zdate1.us} 11:40  Spoke w/ insured at {ztel1.plain}. Temp housing requested.
{zdate2.us} 14:05  Site inspection at {zaddr1.plain}. Met contractor {zper2.first_last}.
                   Photos {zphoto1} through end of roll. [[Origin: unattended stovetop]].
{zdate3.us} 10:22  Mortgagee: acct {zacct1}. Insured's SSN confirmed last 4 only.
{zdate4.us} 16:00  Reserve set. Recommend [[coverage confirmed]]. -- {zper3.initials}
""",
)

T(
    "adjuster-notes-de",
    "Schadenakte (Sachbearbeitervermerke)",
    "de_DE",
    """
Schadennummer {zclaim1} -- Leitungswasserschaden
{zdate1.eu}: Meldung durch VN {zper1.last_first}, Tel. {ztel1.local}
{zdate2.eu}: Ortstermin {zaddr1.plain}; anwesend Sachverständiger {zper2.full}
{zdate3.eu}: Fotos ({zphoto1}) erhalten; [[Ursache: defekter Eckventil-Anschluss]]
{zdate4.eu}: Auszahlung an IBAN {ziban1.grouped} freigegeben
Bearb.: {zper3.initials_nodot_last}
""",
)

T(
    "fnol-srt",
    "First notice of loss call (SRT)",
    "en_US",
    """
1
00:00:00,800 → 00:00:03,900
[AGENT] Claims, this is {zper1.first}. Is anyone hurt?

2
00:00:04,100 → 00:00:08,600
[CALLER] No, no, everyone's fine, but the [[other driver drove off]].

3
00:00:08,900 → 00:00:13,200
[AGENT] Okay. Your policy number? [CALLER] It's {zplan1.spoken}

4
00:00:13,400 → 00:00:17,000
[AGENT] And your name as it appears? [CALLER] {zper2.first_last}, that's

5
00:00:17,200 → 00:00:21,800
{zper2.spelt_sp}.

6
00:00:22,000 → 00:00:26,400
[CALLER] I got part of his plate, {zveh1.plate}, a grey hatchback.

7
00:00:26,600 → 00:00:31,000
[AGENT] Where did it happen? [CALLER] Outside {zaddr1.street}, in {ztown1}.
""",
)

T(
    "subrogation-letter",
    "Subrogation demand letter",
    "en_US",
    """
{zdate2.long_us}
VIA CERTIFIED MAIL
{zper1.full}
{zaddr1.lines}
RE: Our insured: {zper2.full}   Our claim: {zclaim1}   Date of loss: {zdate1.us}
Your vehicle: {zveh1.vin}
Dear {zper1.first_last}:
We have paid $7,214.55 for damage caused when your vehicle [[failed to yield at a stop sign]].
Please remit or forward this letter to your insurer within 30 days. Questions: {ztel1.plain}.
{zper3.full}, Subrogation Specialist, {zmail1}
""",
)

T(
    "property-loss-fr",
    "Déclaration de sinistre habitation",
    "fr_CA",
    """
DÉCLARATION DE SINISTRE -- Dossier {zclaim1}
Assuré : {zper1.full}   NAS : {znat1.ca}
Adresse du risque : {zaddr1.plain}
Date du sinistre : {zdate1.long_fr}
Nature : [[dégât d'eau causé par le gel d'une conduite]]
Expert : {zper2.caps_last_first}, tél. {ztel1.local}
Virement à : compte {zacct1}
""",
)

T(
    "vehicle-assessment-pl",
    "Kalkulacja szkody pojazdu",
    "pl_PL",
    """
Szkoda nr {zclaim1} z dnia {zdate1.long_pl}
Poszkodowany: {zper1.full}, PESEL {znat1.pl}
Pojazd: nr rej. {zveh1.plate}, VIN {zveh1.vin}
Rzeczoznawca: {zper2.first_last}
Zakres: [[wymiana zderzaka przedniego i reflektora]]
Wypłata na rachunek {ziban1.grouped}
""",
)

T(
    "tribunal-et",
    "Employment tribunal transcript",
    "en_GB",
    """
EMPLOYMENT TRIBUNALS -- Case No: {zcase1}
BETWEEN: Claimant {zper1.full}  and  Respondent [[Northgate Care Homes Ltd]]
Heard at: {ztown1} on {zdate3.long_gb}
Before: Employment Judge {zper2.last}

JUDGE {zper2.caps_last}: Please state your full name for the record.
{zper1.caps_last}: {zper1.full}.
JUDGE {zper2.caps_last}: And you were employed from...?
{zper1.caps_last}: From {zdate1.long_gb} until they dismissed me on {zdate2.long_gb}.
MR {zper3.caps_last} (for the Respondent): Madam, the claimant's [[grievance was never lodged]].
{zper1.caps_last}: It was. I e-mailed it from {zmail1}, I have the receipt.
JUDGE {zper2.caps_last}: We will [[adjourn for fifteen minutes]].
""",
)

T(
    "court-transcript-us",
    "Court hearing transcript",
    "en_US",
    """
                  SUPERIOR COURT -- CRIMINAL DIVISION
          STATE v. {zper1.caps}        Docket No. {zcase1}
                  TRANSCRIPT OF PROCEEDINGS, {zdate1.long_us}
 1   THE COURT: Counsel, your appearances.
 2   MS. {zper2.caps_last}: Assistant District Attorney for the State.
 3   MR. {zper3.caps_last}: For the defendant, Your Honor.
 4   THE COURT: Mr. {zper1.last}, state your date of birth.
 5   THE DEFENDANT: {zdob1.spoken_us}, Your Honor.
 6   THE COURT: And your address?
 7   THE DEFENDANT: {zaddr1.plain}.
 8   THE COURT: The [[motion to suppress is denied]]. The vehicle, VIN
 9   ending -- the full VIN in the record is {zveh1.vin} -- was lawfully stopped.
10   THE CLERK: Next date {zdate2.us}.
""",
)

T(
    "deposition",
    "Deposition transcript",
    "en_US",
    """
   Page 14
 1       Q.   Please spell your last name for the court reporter.
 2       A.   {zper1.spelt}.
 3       Q.   And your first name is {zper1.first}?
 4       A.   Yes.
 5       Q.   Where were you employed in {zdate1.month_year}?
 6       A.   At the clinic on {zaddr1.street}. Dr. {zper2.last} was my supervisor.
 7       Q.   Did you access patient {zmrn1}'s chart?
 8       A.   [[I don't recall.]]
 9       Q.   I'm showing you Exhibit 12, an audit log listing workstation {znet1}.
10            MR. {zper3.caps_last}: Objection, foundation.
""",
)

T(
    "immigration-tribunal",
    "Immigration tribunal record",
    "en_GB",
    """
FIRST-TIER TRIBUNAL (IMMIGRATION AND ASYLUM CHAMBER)   Appeal Number: {zcase1}
Appellant: {zper1.full} ({zper1.translit})   Date of birth: {zdob1.long_gb}
Home Office reference: {zmrn1}
Interpreter: {zper2.full} (Arabic)
The appellant said he left {ztown1} on {zdate1.long_gb} and [[travelled overland through Turkey]].
Representative: {zper3.first_last}, tel {ztel1.local}
Decision: [[appeal allowed on human rights grounds]].
""",
)

T(
    "tribunal-es",
    "Acta de juicio oral",
    "es_ES",
    """
ACTA DE LA VISTA -- Procedimiento {zcase1}
En {ztown1}, a {zdate2.long_es}.
MAGISTRADA-JUEZ: Ilma. Sra. {zper1.full}
DEMANDANTE: D. {zper2.full}, DNI {znat1.es}
LETRADO: Sr. {zper3.last}
MAGISTRADA: ¿Ratifica la demanda? -- DEMANDANTE: Sí, la ratifico.
DEMANDANTE: Me despidieron el {zdate1.long_es} sin [[carta de despido]].
MAGISTRADA: [[Queda el juicio visto para sentencia.]]
""",
)

T(
    "court-de",
    "Sitzungsprotokoll",
    "de_DE",
    """
Amtsgericht -- Öffentliche Sitzung vom {zdate2.long_de}
Az. {zcase1}
Gegenwärtig: Richterin am Amtsgericht {zper1.full}
In der Sache {zper2.first_last}, wohnhaft {zaddr1.plain}, gegen {zper3.first_last}
Der Kläger erklärt: Ich habe am {zdate1.eu} [[die Wohnung besenrein übergeben]].
Die Beklagte erklärt: Das stimmt nicht. Die Kaution von 1.800 Euro ging auf {ziban1.grouped}.
Beschlossen und verkündet: [[Termin zur Verkündung einer Entscheidung]] am {zdate3.eu}.
""",
)

T(
    "police-interview",
    "Police interview record",
    "en_GB",
    """
RECORD OF TAPED INTERVIEW -- URN {zcase1}
Person interviewed: {zper1.caps_last_first}  DOB {zdob1.slash}
Place of interview: {ztown1} custody suite   Date: {zdate1.slash}
Interviewing officer: DC {zper2.last}   Solicitor: {zper3.full}
DC: For the tape, your address?
{zper1.caps_last}: {zaddr1.plain}.
DC: Is mobile {ztel1.national} yours?
{zper1.caps_last}: [[No comment.]]
DC: Vehicle {zveh1.plate} was seen at the scene.
{zper1.caps_last}: [[No comment.]]
""",
)

T(
    "tribunal-vtt-nl",
    "Hoorzitting (WebVTT)",
    "nl_NL",
    """
WEBVTT

NOTE hoorzitting bezwaarcommissie, automatisch ondertiteld

00:01:02.000 --- 00:01:05.500
VOORZITTER: Wilt u uw naam noemen voor het verslag?

00:01:05.700 --- 00:01:09.900
BEZWAARMAKER: {zper1.first_last}. Mijn BSN is {znat1.nl}.

00:01:10.100 --- 00:01:15.200
VOORZITTER: U bent bijgestaan door mevrouw {zper2.last}?

00:01:15.300 --- 00:01:20.000
BEZWAARMAKER: Ja. De [[uitkering is gestopt]] op {zdate1.long_nl}.
""",
)
# --- Recorded interviews as subtitles ---------------------------------------------------

T(
    "srt-oral-history",
    "Oral history interview (SRT)",
    "en_GB",
    """
1
00:00:02,040 --- 00:00:05,880
INTERVIEWER: Could you tell us your name and where you grew up?

2
00:00:06,120 --- 00:00:10,300
{zper1.first_last}. I grew up in {ztown1}, above my father's shop on

3
00:00:10,300 --- 00:00:13,950
{zaddr1.street}. He was {zper2.full}, everybody knew him.

4
00:00:14,200 --- 00:00:19,000
INTERVIEWER: And you were born...? -- The {zdob1.spoken}. [[Same day as the flood.]]

5
00:00:19,300 --- 00:00:24,100
I'm {zage1.words} now, can you believe it.
""",
)

T(
    "srt-asr-errors",
    "Call recording transcript (SRT, speech recognition)",
    "en_US",
    """
1
00:00:00,000 ⟶ 00:00:03,200
welcome to [[member services]] my name is {zper1.asr}

2
00:00:03,200 ⟶ 00:00:07,900
can i get your member id please yeah it's {zplan1.spoken}

3
00:00:07,900 ⟶ 00:00:11,600
and the name on the account {zper2.asr} that's

4
00:00:11,600 ⟶ 00:00:15,800
{zper2.spelt_dots}

5
00:00:15,800 ⟶ 00:00:20,400
date of birth {zdob1.spoken_us} and your zip or post code

6
00:00:20,400 ⟶ 00:00:24,000
{zaddr1.post} okay I see [[two open claims]]
""",
)

T(
    "vtt-research-interview",
    "Research interview (WebVTT)",
    "en_US",
    """
WEBVTT - study [[PARTICIPANT VOICES 2]]

1
00:00:00.500 -- 00:00:04.000
INTERVIEWER: Okay, we're recording. First, for the consent form, your full name?

2
00:00:04.200 -- 00:00:08.100
PARTICIPANT: {zper1.full}. Participant number {zsubj1}, they told me.

3
00:00:08.300 -- 00:00:13.400
INTERVIEWER: Thanks. And the best e-mail for the gift card? -- {zmail1.spoken}

4
00:00:13.600 -- 00:00:18.900
PARTICIPANT: My diagnosis was {zdate1.month_year}. [[Type 1 diabetes]], at thirty.

5
00:00:19.000 -- 00:00:23.500
PARTICIPANT: My pump -- the serial's on the back -- {zdev1.serial}.
""",
)

T(
    "srt-de-interview",
    "Zeitzeugeninterview (SRT)",
    "de_DE",
    """
1
00:00:01,000 – 00:00:04,500
INTERVIEWERIN: Sagen Sie uns bitte Ihren Namen.

2
00:00:04,700 – 00:00:09,300
{zper1.first_last}. Mit "{zper1.spelt_first}" vorne, wie mein Großvater.

3
00:00:09,500 – 00:00:14,000
Geboren am {zdob1.long_de} in {ztown1}.

4
00:00:14,200 – 00:00:18,800
Meine Telefonnummer für die Rückfragen: {ztel1.spoken_de}.

5
00:00:19,000 – 00:00:23,600
[[Wir mussten damals alles zurücklassen.]]
""",
)

T(
    "vtt-fr-temoignage",
    "Témoignage enregistré (WebVTT)",
    "fr_FR",
    """
WEBVTT

00:00:00.000 → 00:00:03.500
JOURNALISTE : Vous pouvez vous présenter ?

00:00:03.600 → 00:00:07.900
TÉMOIN : Je m'appelle {zper1.full}, j'habite {zaddr1.plain}.

00:00:08.000 → 00:00:12.400
TÉMOIN : Mon numéro, c'est le {ztel1.spoken_fr}.

00:00:12.500 → 00:00:16.100
TÉMOIN : L'accident, c'était le {zdate1.long_fr}, [[vers dix-huit heures]].

00:00:16.200 → 00:00:20.000
TÉMOIN : La voiture, immatriculée {zveh1.plate}, a grillé le feu.
""",
)

T(
    "srt-es-entrevista",
    "Entrevista grabada (SRT)",
    "es_CO",
    """
1
00:00:00,400 --- 00:00:03,800
ENTREVISTADORA: ¿Nombre completo, por favor?

2
00:00:04,000 --- 00:00:08,200
{zper1.full}. El apellido se escribe {zper1.spelt}.

3
00:00:08,400 --- 00:00:12,700
ENTREVISTADORA: ¿Y su cédula? -- Es {zacct1.spoken_es}.

4
00:00:12,900 --- 00:00:17,100
Llegué a {ztown1} el {zdate1.long_es}, [[con mis dos hijos]].
""",
)

T(
    "vtt-ja-interview",
    "インタビュー字幕 (WebVTT)",
    "ja_JP",
    """
WEBVTT

00:00:00.000 ⟶ 00:00:04.000
聞き手：お名前をお願いします。

00:00:04.200 ⟶ 00:00:08.000
話し手：{zper1.east_sp}です。ローマ字で {zper1.translit_caps}。

00:00:08.200 ⟶ 00:00:12.500
話し手：{zdob1.ja}生まれ、{ztown1}の出身です。

00:00:12.600 ⟶ 00:00:16.000
話し手：[[当時は配給制でした]]。連絡先は {ztel1.local} です。
""",
)

T(
    "srt-ko-interview",
    "인터뷰 자막 (SRT)",
    "ko_KR",
    """
1
00:00:01,000 -- 00:00:04,000
기자: 성함이 어떻게 되세요?

2
00:00:04,200 -- 00:00:07,600
{zper1.east}입니다. {zper1.translit} 라고 써요.

3
00:00:07,800 -- 00:00:11,900
주민등록번호는 {znat1.kr} 입니다.

4
00:00:12,000 -- 00:00:15,500
[[사고는 퇴근길에 났어요]]. {zdate1.ko}였어요.
""",
)

T(
    "vtt-ar-interview",
    "مقابلة مسجلة (WebVTT)",
    "ar_SA",
    """
WEBVTT

00:00:00.000 – 00:00:03.000
المحاور: ما اسمك الكامل؟

00:00:03.200 – 00:00:06.800
الضيف: {zper1.full}، وبالإنجليزية {zper1.translit_caps}.

00:00:07.000 – 00:00:10.500
الضيف: رقم جوالي {ztel1.intl}

00:00:10.700 – 00:00:14.000
الضيف: [[وصلت إلى المخيم في الشتاء]] بتاريخ {zdate1.slash}.
""",
)

T(
    "srt-uk-interview",
    "Інтерв'ю (SRT)",
    "uk_UA",
    """
1
00:00:00,500 → 00:00:03,600
ЖУРНАЛІСТКА: Назвіться, будь ласка.

2
00:00:03,800 → 00:00:07,400
{zper1.full}. Латиницею: {zper1.translit_caps}.

3
00:00:07,600 → 00:00:11,000
Ми виїхали з міста {ztown1} {zdate1.eu}.

4
00:00:11,200 → 00:00:14,800
[[Будинок зруйновано]]. Мій телефон {ztel1.plain}.
""",
)

T(
    "vtt-hi-interview",
    "साक्षात्कार (WebVTT)",
    "hi_IN",
    """
WEBVTT

00:00:00.000 --- 00:00:03.500
साक्षात्कारकर्ता: आपका नाम?

00:00:03.700 --- 00:00:07.200
उत्तरदाता: {zper1.full} ({zper1.translit})

00:00:07.400 --- 00:00:11.000
उत्तरदाता: मेरा आधार {znat1.in} है, फ़ोन {ztel1.plain}।

00:00:11.200 --- 00:00:14.500
उत्तरदाता: [[फसल पूरी तरह बर्बाद हो गई]]।
""",
)

T(
    "srt-el-interview",
    "Συνέντευξη (SRT)",
    "el_GR",
    """
1
00:00:00,000 ⟶ 00:00:03,000
ΔΗΜΟΣΙΟΓΡΑΦΟΣ: Το όνομά σας;

2
00:00:03,200 ⟶ 00:00:06,900
{zper1.full}. ΑΜΚΑ {znat1.gr}.

3
00:00:07,000 ⟶ 00:00:10,400
Μένω στην οδό {zaddr1.street}, {ztown1}.

4
00:00:10,600 ⟶ 00:00:14,000
[[Η φωτιά έφτασε μέχρι την αυλή]].
""",
)

T(
    "podcast-transcript",
    "Podcast transcript",
    "en_AU",
    """
[00:12:04] HOST ({zper1.first}): So today's guest is {zper2.full}, who ran the [[Bush Nursing Centre]] for twenty years.
[00:12:11] {zper2.caps_first}: Thanks for having me. Yeah, {ztown1}, population about four hundred.
[00:12:19] HOST: And people could just ring you at home?
[00:12:21] {zper2.caps_first}: Oh yeah, my number was in the phone book, {ztel1.spoken_gb}. Still is!
[00:12:30] HOST: Don't read that out! [laughs] We'll bleep it.
""",
)

T(
    "voicemail-asr",
    "Voicemail transcription",
    "en_US",
    """
Voicemail from {ztel1.e164} received {zdate1.us} 6:02 PM (transcription confidence: low)
"hi this is {zper1.asr} calling from doctor {zper2.asr_last} office about your [[biopsy results]]
please call us back at {ztel2.spoken} and ask for {zper3.lower_first} thanks bye"
""",
)

T(
    "call-centre-export",
    "Contact-centre call export (JSON lines)",
    "en_IE",
    """
{"t":"00:00:03","spk":"agent","text":"Thanks for calling, am I speaking with {zper1.first}?"}
{"t":"00:00:06","spk":"cust","text":"Yes, {zper1.first_last}, account {zacct1.spoken_gb}"}
{"t":"00:00:14","spk":"agent","text":"And your Eircode?"}
{"t":"00:00:16","spk":"cust","text":"{zaddr1.post}"}
{"t":"00:00:22","spk":"cust","text":"I want to [[cancel the direct debit]] to {zper2.full}"}
""",
)

T(
    "srt-pt-entrevista",
    "Entrevista (SRT)",
    "pt_BR",
    """
1
00:00:00,300 --- 00:00:03,300
REPÓRTER: Qual o seu nome?

2
00:00:03,500 --- 00:00:06,900
{zper1.full}. Meu CPF é {znat1.br}.

3
00:00:07,100 --- 00:00:10,800
Moro na {zaddr1.street}, em {ztown1}.

4
00:00:11,000 --- 00:00:14,600
[[A enchente levou tudo]]. Meu zap é {ztel1.local}.
""",
)

T(
    "vtt-tr-roportaj",
    "Röportaj (WebVTT)",
    "tr_TR",
    """
WEBVTT

00:00:00.000 ⟶ 00:00:03.100
MUHABİR: Adınız?

00:00:03.300 ⟶ 00:00:06.600
{zper1.full}. T.C. kimlik numaram {znat1.tr}.

00:00:06.800 ⟶ 00:00:10.400
{ztown1}'da oturuyorum, [[deprem gecesi dışarıdaydık]].
""",
)

T(
    "srt-it-intervista",
    "Intervista (SRT)",
    "it_IT",
    """
1
00:00:00,000 -- 00:00:02,900
GIORNALISTA: Come si chiama?

2
00:00:03,100 -- 00:00:06,500
{zper1.full}, {zper1.spelt_sp}.

3
00:00:06,700 -- 00:00:10,200
Il mio numero: {ztel1.spoken_it}.

4
00:00:10,400 -- 00:00:13,800
[[Il ponte è crollato alle undici]] del {zdate1.long_it}.
""",
)

T(
    "vtt-pl-wywiad",
    "Wywiad (WebVTT)",
    "pl_PL",
    """
WEBVTT

00:00:00.000 – 00:00:03.200
DZIENNIKARZ: Proszę się przedstawić.

00:00:03.400 – 00:00:07.000
ROZMÓWCA: {zper1.full}, PESEL {znat1.pl}.

00:00:07.200 – 00:00:10.800
ROZMÓWCA: Numer telefonu {ztel1.spoken_pl}.

00:00:11.000 – 00:00:14.300
ROZMÓWCA: [[Woda weszła do piwnicy]] {zdate1.long_pl}.
""",
)
# --- Clinical documents, HR and chat (the eight types among them) ---------------

T(
    "clinical-note",
    "Clinical note",
    "en_US",
    """
PROGRESS NOTE   {zdate1.us}
Pt: {zper1.last_first}   MRN {zmrn1}   DOB {zdob1.us}
S: {zage1} y/o F seen with daughter ({zper2.first}). Reports [[worsening exertional dyspnoea]].
O: BP 142/88, HR 96, SpO2 93% RA. Bibasal crackles.
A: [[Decompensated heart failure]]; ICD interrogation: device {zdev1.serial}, no events.
P: Furosemide 40 mg IV; echo; f/u with Dr. {zper3.initial_last} in 1 wk. Home health
   agency called at {ztel1.plain}.
""",
)

T(
    "clinical-note-no",
    "Journalnotat",
    "no_NO",
    """
JOURNALNOTAT {zdate1.eu}
Pasient: {zper1.full}, f.nr. {znat1.no}
Adresse: {zaddr1.plain}
Problemstilling: [[brystsmerter ved anstrengelse]]
Vurdering: stabil angina. Henvist kardiolog {zper2.first_last}.
Pårørende: {zper3.full}, tlf. {ztel1.local}
""",
)

T(
    "clinical-note-fi",
    "Potilaskertomus",
    "fi_FI",
    """
POLIKLINIKKAKÄYNTI {zdate1.eu}
Potilas: {zper1.last_first} ({znat1.fi})
Tulosyy: [[pitkittynyt yskä ja kuume]]
Löydökset: CRP 86. Thorax-kuvaus: oikean alalohkon infiltraatti.
Hoito: amoksisilliini. Kontrolli {zdate2.eu}. Lääkäri {zper2.full}.
""",
)

T(
    "discharge-summary",
    "Discharge summary",
    "en_GB",
    """
DISCHARGE SUMMARY -- Respiratory Medicine
Patient: {zper1.caps_last_first}   NHS number: {znat1.gb}   Hospital no.: {zmrn1}
Address: {zaddr1.lines}
Admitted: {zdate1.slash}   Discharged: {zdate2.slash}   Consultant: {zper2.full}
Diagnosis: [[community-acquired pneumonia]], [[type 2 respiratory failure]]
Course: NIV for 48 h, IV co-amoxiclav switched to oral on day 4.
GP: Dr {zper3.last}, {zaddr2.plain}, fax {zfax1.local}
Follow-up: [[chest X-ray in 6 weeks]].
""",
)

T(
    "discharge-summary-cs",
    "Propouštěcí zpráva",
    "cs_CZ",
    """
PROPOUŠTĚCÍ ZPRÁVA
Pacient: {zper1.full}, r. č. {znat1.cz}
Bydliště: {zaddr1.plain}
Hospitalizace: {zdate1.eu} -- {zdate2.eu}
Diagnóza: [[akutní infarkt myokardu bez elevací ST]]
Ošetřující lékař: MUDr. {zper2.first_last}
Kontakt: {ztel1.local}
""",
)

T(
    "discharge-summary-ro",
    "Bilet de externare",
    "ro_RO",
    """
BILET DE IEȘIRE DIN SPITAL / SCRISOARE MEDICALĂ
Nume și prenume: {zper1.caps_last_space_first}   CNP: {znat1.ro}
Internat: {zdate1.long_ro}   Externat: {zdate2.long_ro}
Diagnostic: [[pneumonie bazală dreaptă]]
Medic curant: Dr. {zper2.full}
""",
)

T(
    "radiology-request",
    "Radiology request",
    "en_US",
    """
IMAGING REQUEST -- CT ABDOMEN/PELVIS WITH CONTRAST
Patient: {zper1.first_last}   MRN: {zmrn1}   DOB: {zdob1.us}
Location: ED bay 7    Requested: {zdate1.us} 03:41
Clinical question: [[rule out appendicitis]]; RLQ pain, WBC 14.
eGFR 72. Allergies: [[iodinated contrast (hives)]] -- premedicate.
Ordering: {zper2.full}, MD  pager/phone {ztel1.plain}
Insurance member ID: {zplan1}
""",
)

T(
    "radiology-request-hu",
    "Radiológiai kérőlap",
    "hu_HU",
    """
RADIOLÓGIAI VIZSGÁLATKÉRŐ LAP
Beteg neve: {zper1.last_space_first}   TAJ: on file   Születési idő: {zdob1.long_hu}
Lakcím: {zaddr1.plain}
Kért vizsgálat: [[koponya CT natív]]
Klinikai kérdés: elesés, antikoaguláns terápia
Kérő orvos: dr. {zper2.last_space_first}, tel.: {ztel1.local}
Dátum: {zdate1.long_hu}
""",
)

T(
    "hr-leave",
    "HR leave request",
    "en_GB",
    """
ANNUAL / SPECIAL LEAVE REQUEST
Employee: {zper1.full}   Staff no.: {zacct1}   NI number: on file
Line manager: {zper2.first_last}
Leave type: [[compassionate leave]]  From: {zdate1.slash}  To: {zdate2.slash}
Reason (optional): funeral of my grandmother, {zper3.full}, aged {zage1}, in {ztown1}.
Contact while away: {ztel1.local} / {zmail1}
Approved: ______  HR ref {zcase1}
""",
)

T(
    "hr-leave-da",
    "Orlovsansøgning",
    "da_DK",
    """
ANSØGNING OM ORLOV
Medarbejder: {zper1.full}
Afdeling: [[Lager og logistik]]
Periode: {zdate1.long_da} -- {zdate2.long_da}
Årsag: [[forældreorlov]]
Telefon: {ztel1.local}   E-mail: {zmail1}
Godkendt af {zper2.first_last}
""",
)

T(
    "hr-leave-hr",
    "Zahtjev za godišnji odmor",
    "hr_HR",
    """
ZAHTJEV ZA KORIŠTENJE GODIŠNJEG ODMORA
Ime i prezime: {zper1.full}   OIB: {znat1.hr}
Razdoblje: od {zdate1.long_hr} do {zdate2.long_hr}
Zamjena: {zper2.first_last}
[[Odobreno]] -- voditelj {zper3.initial_last}
""",
)

T(
    "chat-transcript",
    "Chat transcript",
    "en_US",
    """
Live chat -- Pharmacy support -- {zdate1.long_us}
[18:02] Bot: Hi! What's your name?
[18:02] Visitor: {zper1.lower}
[18:03] Bot: Thanks {zper1.lower_first}. What can we help with today?
[18:03] Visitor: my [[prescription refill]] was denied? member id {zplan1}
[18:05] Agent {zper2.first_initial}: I see it. Can you confirm your date of birth?
[18:05] Visitor: {zdob1.us_short}
[18:06] Visitor: and send the receipt to {zmail1} pls
[18:07] Agent {zper2.first_initial}: Done. [[Prior authorization]] has been requested.
""",
)

T(
    "chat-whatsapp",
    "Chat export (WhatsApp)",
    "es_AR",
    """
{zdate1.slash}, 21:14 - {zper1.first}: che, me pasás el CBU para la seña?
{zdate1.slash}, 21:15 - {zper2.first_last}: sí, transferí a la cuenta {zacct1}
{zdate1.slash}, 21:15 - {zper2.first_last}: a nombre de {zper2.caps}, CUIT {znat1.ar}
{zdate1.slash}, 21:16 - {zper1.first}: dale. [[la entrada es el sábado]]
{zdate2.slash}, 09:02 - {zper2.first_last}: Llamame al {ztel1.local}
""",
)

T(
    "chat-slack",
    "Chat export (Slack JSON)",
    "en_IN",
    """
[{"user":"{zper1.handle}","ts":"1732700000.0001","text":"can someone pull the KYC for {zper2.full}? PAN is in the file"},
 {"user":"{zper3.handle_under}","ts":"1732700060.0002","text":"done, aadhaar {znat1.in}, mobile {ztel1.intl}"},
 {"user":"{zper1.handle}","ts":"1732700090.0003","text":"thanks -- [[do not paste IDs in channels]] next time"}]
""",
)

T(
    "chat-telegram-ru",
    "Экспорт чата (Telegram)",
    "ru_RU",
    """
[{zdate1.eu} 10:41] {zper1.full}: Скинь адрес доставки
[{zdate1.eu} 10:43] {zper2.first}: {zaddr1.plain}
[{zdate1.eu} 10:43] {zper2.first}: и телефон курьеру {ztel1.plain}
[{zdate1.eu} 10:45] {zper1.full}: [[Оплата при получении]]
""",
)

T(
    "sms-thread",
    "SMS thread (carrier export)",
    "en_CA",
    """
date,from,to,body
{zdate1.iso} 07:58,{ztel1.e164},{ztel2.e164},"Hi it's {zper1.first} from the clinic, your [[MRI is booked]] for {zdate2.long_us}"
{zdate1.iso} 08:10,{ztel2.e164},{ztel1.e164},"ok thx. SIN needed? {znat1.ca}"
{zdate1.iso} 08:12,{ztel1.e164},{ztel2.e164},"No need to send your SIN by text! Please bring health card"
""",
)
# --- Structured formats: HL7 v2, FHIR, X12, EDIFACT, XML, logs, headers, OCR ------------

T(
    "hl7-adt",
    "HL7 v2 ADT message",
    "en_US",
    """
MSH|^~\\&|ZREG|NORTHWARD|ZADT|NORTHWARD|{zdate1.hl7}0815||ADT^A01|MSG{zdate1.hl7}41|P|2.5.1
EVN|A01|{zdate1.hl7}0815
PID|1||{zmrn1}^^^NW^MR~{zssn1}^^^SSA^SS||{zper1.caps_last}^{zper1.caps_first}^^^^^L||{zdob1.hl7}|F|||{zaddr1.street}^^{ztown1}^^{zaddr1.post}||{ztel1.e164}^PRN^PH
NK1|1|{zper2.caps_last}^{zper2.caps_first}|DAU|||{ztel2.e164}
PV1|1|I|4W^412^B||||{zlic1}^{zper3.caps_last}^{zper3.caps_first}
DG1|1||J18.9^[[Pneumonia, unspecified organism]]^I10
IN1|1|PLAN77|||||||||||||||||||||||||||||||||||{zplan1}
""",
)

T(
    "hl7-oru",
    "HL7 v2 ORU lab result",
    "en_AU",
    """
MSH|^~\\&|LAB|PATHWEST|EMR|RPH|{zdate1.hl7}1130||ORU^R01|{zsample1}|P|2.4
PID|||{zmrn1}^^^RPH^MR||{zper1.last}^{zper1.first}||{zdob1.hl7}|M
OBR|1||{zsample1}|[[HBA1C^Haemoglobin A1c]]|||{zdate1.hl7}0700
OBX|1|NM|4548-4^HbA1c||8.1|%|4.0-6.0|H|||F
NTE|1||Result phoned to {zper2.full} on {ztel1.local}
""",
)

T(
    "fhir-patient",
    "FHIR Patient resource (JSON)",
    "en_US",
    """
{
  "resourceType": "Patient", "active": true, "gender": "female", "deceasedBoolean": false,
  "identifier": [{"use": "official", "system": "urn:oid:2.16.840.1.113883.4.1", "value": "{zssn1}"},
    {"type": {"text": "MRN"}, "value": "{zmrn1}"}
  ],
  "name": [{"family": "{zper1.last}", "given": ["{zper1.first}"]}],
  "telecom": [{"system": "phone", "value": "{ztel1.plain}"}, {"system": "email", "value": "{zmail1}"}],
  "birthDate": "{zdob1.iso}",
  "address": [{"line": ["{zaddr1.street}"], "city": "{ztown1}", "postalCode": "{zaddr1.post}"}],
  "extension": [{"url": "http://example.org/fhir/birthsex", "valueCode": "F"}],
  "text": {"status": "generated", "div": "[[Allergy to penicillin]]"}
}
""",
)

T(
    "fhir-bundle-de",
    "FHIR Bundle (JSON)",
    "de_DE",
    """
{"resourceType":"Bundle","type":"document","entry":[
 {"resource":{"resourceType":"Patient","name":[{"text":"{zper1.full}"}],"birthDate":"{zdob1.iso}",
   "identifier":[{"system":"http://fhir.de/sid/gkv/kvid-10","value":"{zplan1}"}]}},
 {"resource":{"resourceType":"Practitioner","name":[{"family":"{zper2.last}","prefix":["Dr. med."]}],
   "identifier":[{"system":"https://fhir.kbv.de/NamingSystem/KBV_NS_Base_ANR","value":"{zlic1}"}]}},
 {"resource":{"resourceType":"Condition","code":{"text":"[[Diabetes mellitus Typ 2]]"},"recordedDate":"{zdate1.iso}"}}]}
""",
)

T(
    "x12-837",
    "X12 837P claim",
    "en_US",
    """
ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*PAYER02        *{zdate1.swift}*1200*^*00501*000000905*0*P*:~
GS*HC*SUB01*PAY02*{zdate1.hl7}*1200*905*X*005010X222A1~
ST*837*4101*005010X222A1~
NM1*IL*1*{zper1.caps_last}*{zper1.caps_first}****MI*{zplan1}~
N3*{zaddr1.street}~
N4*{ztown1.caps}*OH*{zaddr1.post}~
DMG*D8*{zdob1.hl7}*M~
CLM*{zclaim1}*180***11:B:1*Y*A*Y*Y~
DTP*472*D8*{zdate2.hl7}~
HI*ABK:[[E1165]]*ABF:[[Z794]]~
NM1*82*1*{zper2.caps_last}*{zper2.caps_first}****XX*{zlic1}~
SE*12*4101~
""",
)

T(
    "x12-270",
    "X12 270 eligibility inquiry",
    "en_US",
    """
ST*270*0417*005010X279A1~
BHT*0022*13*{zcase1}*{zdate1.hl7}*0930~
NM1*IL*1*{zper1.caps_last}*{zper1.caps_first}*{zper1.initials_nodot_last}***MI*{zplan1}~
DMG*D8*{zdob1.hl7}~
EQ*[[30]]~
SE*6*0417~
""",
)

T(
    "edifact-paxlst",
    "EDIFACT PAXLST passenger list",
    None,
    """
UNA:+.? '
UNB+UNOA:4+AIRLINE01+BORDER01+{zdate1.swift}:0600+00000007'
UNH+PX41+PAXLST:D:05B:UN:IATA'BGM+745'
NAD+FL+++{zper1.caps_last}:{zper1.caps_first}'ATT+2++F'DTM+329:{zdob1.swift}'LOC+178+[[LHR]]'LOC+179+[[JFK]]'DOC+P+{zpass1}'
DTM+36:{zdate2.swift}'
NAD+FL+++{zper2.caps_last}:{zper2.caps_first}'
DOC+P+{zpass2}'
UNT+12+PX41'
""",
)

T(
    "edifact-invoic",
    "EDIFACT INVOIC",
    "nl_BE",
    """
UNH+ZI0041+INVOIC:D:96A:UN:EAN008'
BGM+380+{zcase1}+9'
DTM+137:{zdate1.hl7}:102'
NAD+IV+++{zper1.caps_last}:{zper1.caps_first}+{zaddr1.street}+{ztown1.caps}++{zaddr1.post}+BE'
FII+RH+{ziban1.compact}'
FTX+AAI+++[[Levering medisch hulpmiddel]]'
UNT+7+ZI0041'
""",
)

T(
    "xml-escaped-ehr",
    "EHR export fragment (XML, escaped)",
    "en_GB",
    """
&lt;patient nhs="{znat1.gb}"&gt;
  &lt;name use="official"&gt;{zper1.caps_last_first}&lt;/name&gt;
  &lt;dob&gt;{zdob1.iso}&lt;/dob&gt;
  &lt;gp practice="[[Riverside Surgery]]"&gt;{zper2.full}&lt;/gp&gt;
  &lt;contact type="mobile"&gt;{ztel1.intl}&lt;/contact&gt;
  &lt;photo ref="{zphoto1}" /&gt;
&lt;/patient&gt;
""",
)

T(
    "access-log",
    "Web server access log",
    None,
    """
{znet1} - {zmail1} [{zdate1.clf}:09:14:22 +0000] "GET /portal/records/{zmrn1} HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
{znet1} - {zmail1} [{zdate1.clf}:09:14:40 +0000] "POST /portal/messages HTTP/1.1" 201 88 "-" "Mozilla/5.0"
{znet2} - - [{zdate1.clf}:09:15:03 +0000] "GET /[[healthz]] HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""",
)

T(
    "syslog-dhcp",
    "DHCP server log",
    None,
    """
{zdate1.syslog} 06:12:01 gw dhcpd[812]: DHCPDISCOVER from {zmac1} ({zper1.handle}-iphone) via eth1
{zdate1.syslog} 06:12:01 gw dhcpd[812]: DHCPOFFER on {znet1} to {zmac1} ({zper1.handle}-iphone) via eth1
{zdate1.syslog} 06:12:02 gw dhcpd[812]: DHCPACK on {znet1} to {zmac1} via eth1 [[lease 86400]]
{zdate1.syslog} 06:40:17 gw dhcpd[812]: DHCPREQUEST for {znet2} from {zmac2} ({zdev1.serial}) via eth1
""",
)

T(
    "iot-device-log",
    "Medical device telemetry log",
    "en_US",
    """
ts={zdate1.iso}T02:00:00Z dev={zdev1.serial} udi={zdev1.udi} mac={zmac1} ip={znet1} evt=[[LOW_BATTERY]]
ts={zdate1.iso}T02:00:05Z dev={zdev1.serial} owner="{zper1.full}" dob={zdob1.iso} evt=SYNC
ts={zdate1.iso}T02:05:44Z dev={zdev1.serial} clinician="{zper2.last_first}" evt=[[THERAPY_PAUSED]]
""",
)

T(
    "email-headers",
    "E-mail with headers",
    "en_US",
    """
Return-Path: {zmail1}
Received: from [{znet1}] by mx.clinic.example with ESMTPSA; {zdate1.long_us} 22:10:04
From: "{zper1.full}" {zmail1}
To: billing@clinic.example
Subject: Fwd: statement for {zper2.full} (acct {zacct1})
Message-ID: {zcase1}@mail.example

Hi, forwarding my father's statement. His member ID is {zplan1} and his SSN {zssn1}.
We [[never received the itemised bill]]. -- {zper1.first}
""",
)

T(
    "email-headers-fr",
    "Courriel avec en-têtes",
    "fr_FR",
    """
De : {zper1.full} {zmail1}
Envoyé : {zdate1.long_fr} 08:31
À : rh@entreprise.example
Objet : Arrêt de travail -- {zper1.caps_last}

Bonjour, ci-joint mon [[arrêt de travail]] jusqu'au {zdate2.long_fr}.
N° de sécurité sociale : {znat1.fr}. Je reste joignable au {ztel1.spoken_fr}.
""",
)

T(
    "ocr-scan-id",
    "OCR'd scan of identity card",
    "es_ES",
    """
[scan page 1/2 -- OCR confidence 71%]
REINO DE ESPAÑA  DOCUMENTO NACIONAL DE IDENTIDAD
APELLIDOS {zper1.ocr_caps}
NOMBRE ----
FECHA DE NACIMIENTO {zdob1.eu}
DNI {znat1.es}
DOMICILIO {zaddr1.caps}
[[VALIDO HASTA]] ....  firma: [illegible]
""",
)

T(
    "ocr-scan-referral",
    "OCR'd scan of referral letter",
    "en_GB",
    """
--- OCR output (Tesseract 5) ---
Dear Dr {zper1.ocr},
Re: {zper2.ocr}  D0B {zdob1.slash}  NHS No {znat1.gb}
I wou1d be grateful if you could see this patient with [[suspected temporal arteritis]].
Address: {zaddr1.plain}   Te1: {ztel1.local}
Yours sincere1y, Dr {zper3.last}
""",
)

T(
    "ocr-invoice-de",
    "OCR-Scan einer Arztrechnung",
    "de_DE",
    """
RECHNUNG nach GOÄ -- Rechnungs-Nr. {zclaim1}
Patientin: {zper1.ocr}
Anschrift: {zaddr1.plain}
Behandlungsdatum: {zdate1.eu}
Diagnose: [[Lumbago]]
Bitte überweisen Sie auf IBAN {ziban1.grouped}
""",
)
# --- Ordinary forms and prose in many languages and scripts -----------------------------

T(
    "prescription-he",
    "מרשם רפואי",
    "he_IL",
    """
מרשם רפואי
שם המטופל: {zper1.full}   ת.ז. {znat1.il}
תאריך: {zdate1.eu}
תרופה: [[אמוקסיצילין 500 מ"ג]] שלוש פעמים ביום
רופא: ד"ר {zper2.full}, רישיון {zlic1}
טלפון המרפאה: {ztel1.local}
""",
)

T(
    "vaccination-th",
    "ใบรับรองการฉีดวัคซีน",
    "th_TH",
    """
ใบรับรองการได้รับวัคซีน
ชื่อ-สกุล: {zper1.full}
เลขประจำตัวประชาชน: {znat1.th}
วันที่ฉีด: {zdate1.eu}
วัคซีน: [[ไข้หวัดใหญ่ชนิดสี่สายพันธุ์]]
ผู้ฉีด: {zper2.full}
""",
)

T(
    "lab-result-hy",
    "Լաբորատոր հետազոտության արդյունք",
    "hy_AM",
    """
ԼԱԲՈՐԱՏՈՐ ՀԵՏԱԶՈՏՈՒԹՅԱՆ ԱՐԴՅՈՒՆՔ  Նմուշ {zsample1}
Հիվանդ՝ {zper1.full} ({zper1.translit})
Ծննդյան ամսաթիվ՝ {zdob1.eu}
Հասցե՝ {zaddr1.plain}
Արդյունք՝ [[հեմոգլոբին 98 գ/լ]]
Բժիշկ՝ {zper2.full}, հեռ. {ztel1.plain}
""",
)

T(
    "referral-ka",
    "მიმართვა",
    "ka_GE",
    """
სამედიცინო მიმართვა
პაციენტი: {zper1.full}
დაბადების თარიღი: {zdob1.eu}
მისამართი: {zaddr1.plain}
დიაგნოზი: [[არტერიული ჰიპერტენზია]]
ექიმი: {zper2.full}, ტელ. {ztel1.intl}
""",
)

T(
    "insurance-card-tw",
    "健保卡資料 (掃描)",
    "zh_TW",
    """
全民健康保險卡（掃描辨識）
姓名：{zper1.east}
出生日期：{zdob1.ja}
卡號：{zplan1}
地址：{zaddr1.plain}
電話：{ztel1.local}
備註：[[重大傷病]]
""",
)

T(
    "death-cert-fa",
    "گواهی فوت",
    "fa_IR",
    """
گواهی فوت
نام متوفی: {zper1.full}
تاریخ فوت: {zdate1.slash}
سن: {zage1}
محل فوت: {ztown1}
علت: [[ایست قلبی]]
پزشک تأیید کننده: {zper2.full}، شماره نظام پزشکی {zlic1}
""",
)

T(
    "birth-registration-bg",
    "Акт за раждане",
    "bg_BG",
    """
АКТ ЗА РАЖДАНЕ № {zcase1}
Дете: {zper1.full}, ЕГН {znat1.bg}
Дата на раждане: {zdob1.eu}   Място: {ztown1}
Майка: {zper2.full}
Баща: {zper3.full}
[[Съставен от длъжностно лице по гражданското състояние]]
""",
)

T(
    "tenancy-mk",
    "Договор за закуп",
    "mk_MK",
    """
ДОГОВОР ЗА ЗАКУП НА СТАН
Закуподавач: {zper1.full}
Закупец: {zper2.full}, тел. {ztel1.plain}
Адреса на станот: {zaddr1.plain}
Почеток: {zdate1.eu}   [[Месечна кирија 250 евра]]
Сметка: {ziban1.grouped}
""",
)

T(
    "payslip-bn",
    "বেতন বিবরণী",
    "bn_BD",
    """
বেতন বিবরণী -- মাস: {zdate1.month_year}
কর্মচারী: {zper1.full}
হিসাব নম্বর: {zacct1}
মোবাইল: {ztel1.plain}
[[মূল বেতন ৩২,০০০ টাকা]]
""",
)

T(
    "citizen-letter-ne",
    "नागरिकता सिफारिस पत्र",
    "ne_NP",
    """
सिफारिस पत्र
श्री {zper1.full} ({zper1.translit})
ठेगाना: {zaddr1.plain}
जन्म मिति: {zdob1.iso}
[[नागरिकता प्रमाणपत्र सिफारिस गरिएको]]
वडा अध्यक्ष: {zper2.full}
""",
)

T(
    "pharmacy-label-ta",
    "மருந்து சீட்டு",
    "ta_IN",
    """
மருந்தகம் -- மருந்து லேபிள்
நோயாளி: {zper1.full}
தேதி: {zdate1.slash}
[[மெட்ஃபார்மின் 500 மி.கி]] -- காலை, இரவு
மருத்துவர்: {zper2.full}  தொலைபேசி: {ztel1.plain}
""",
)

T(
    "ambulance-en-ng",
    "Ambulance run sheet",
    "en_NG",
    """
EMERGENCY AMBULANCE RUN SHEET  Run no. {zcase1}
Date: {zdate1.slash}   Call received 21:04   On scene 21:22
Patient: {zper1.full}   Age: adult   Sex: M
Pick-up address: {zaddr1.plain}
Next of kin: {zper2.full}, {ztel1.local}
Findings: [[GCS 13, open fracture left tibia]]
Crew: {zper3.initial_last}, {zper4.initial_last}   Vehicle {zveh1.plate}
""",
)

T(
    "homecare-za",
    "Home-care visit log",
    "zu_ZA",
    """
HOME-BASED CARE VISIT LOG
Client: {zper1.full}   ID No.: {znat1.za}
Address: {zaddr1.plain}
Visit {zdate1.slash}: [[wound dressing changed]], BP 150/90
Visit {zdate2.slash}: client's grandson {zper2.first} present; meds collected
Carer: {zper3.full}   Cell: {ztel1.local}
""",
)

T(
    "school-enrolment-ke",
    "School enrolment form",
    "en_KE",
    """
PUPIL ENROLMENT FORM
Pupil: {zper1.full}   Date of birth: {zdob1.slash}
Parent/Guardian: {zper2.full}   Phone: {ztel1.intl}
Residence: {ztown1}
Previous school: [[Kilimani Primary]]
Medical notes: [[asthma, carries inhaler]]
""",
)

T(
    "support-ticket-ph",
    "Customer support ticket",
    "en_PH",
    """
Ticket #{zcase1}  Priority: High  Channel: e-mail
Requester: {zper1.full} {zmail1}
Created: {zdate1.long_us}
Description: Hi po, my [[GCash transfer]] did not arrive. Sent to {ztel1.local} under {zper2.caps}.
Ref no. {zacct1}. Please help, thank you po.
Agent notes: customer verified via registered mobile.
""",
)

T(
    "hotel-registration-id",
    "Formulir registrasi tamu hotel",
    "id_ID",
    """
FORMULIR REGISTRASI TAMU
Nama: {zper1.full}
No. Paspor/KTP: {zpass1}
Tanggal lahir: {zdob1.long_id}
Alamat: {zaddr1.plain}
Telepon: {ztel1.local}
Kamar: [[Deluxe 312]]   Check-in: {zdate1.long_id}
""",
)

T(
    "telecom-vi",
    "Phiếu đăng ký thuê bao",
    "vi_VN",
    """
PHIẾU ĐĂNG KÝ THÔNG TIN THUÊ BAO
Họ và tên: {zper1.full}
Ngày sinh: {zdob1.slash}
Số điện thoại: {ztel1.local}
Địa chỉ: {zaddr1.plain}
IMEI máy: {zdev1.imei}
[[Gói cước trả sau]]
""",
)

T(
    "parking-fine-sk",
    "Oznámenie o priestupku",
    "sk_SK",
    """
OZNÁMENIE O PRIESTUPKU
Vozidlo EČV: {zveh1.plate}
Držiteľ: {zper1.full}, {zaddr1.plain}
Dátum a čas: {zdate1.long_sk}, 14:32
Miesto: {ztown1}
[[Státie na vyhradenom parkovisku]] -- pokuta 30 EUR
Číslo účtu: {ziban1.grouped}
""",
)

T(
    "pension-sl",
    "Pokojninski izpisek",
    "sl_SI",
    """
OBVESTILO O POKOJNINI
Upravičenec: {zper1.full}
Naslov: {zaddr1.plain}
Datum odločbe: {zdate1.long_sl}
Nakazilo na račun: {ziban1.grouped}
[[Usklajevanje pokojnin]]
""",
)

T(
    "tax-lt",
    "Pajamų deklaracija (ištrauka)",
    "lt_LT",
    """
PAJAMŲ DEKLARACIJA -- ištrauka
Mokesčių mokėtojas: {zper1.full}, asmens kodas {znat1.lt}
Adresas: {zaddr1.plain}
Pateikta: {zdate1.long_lt}
[[Gyventojų pajamų mokestis grąžintinas]]
""",
)

T(
    "utility-lv",
    "Rēķins par komunālajiem pakalpojumiem",
    "lv_LV",
    """
RĒĶINS
Klients: {zper1.full}
Adrese: {zaddr1.plain}
Periods: {zdate1.long_lv}
Konts: {ziban1.grouped}
[[Apkure un ūdens]]
""",
)

T(
    "vehicle-reg-ee",
    "Sõiduki registreerimistunnistus",
    "et_EE",
    """
REGISTREERIMISTUNNISTUS
Registreerimismärk: {zveh1.plate}
VIN: {zveh1.vin}
Omanik: {zper1.full}, isikukood {znat1.ee}
Aadress: {zaddr1.plain}
Esmane registreerimine: {zdate1.long_et}
[[Kategooria M1]]
""",
)

T(
    "summons-cl",
    "Citación judicial",
    "es_CL",
    """
CITACIÓN
Se cita a don {zper1.full}, RUT {znat1.cl}, domiciliado en {zaddr1.plain},
a comparecer ante el juzgado el día {zdate1.long_es} a las 09:00 horas,
en la causa RIT {zcase1}, [[bajo apercibimiento de arresto]].
Ministro de fe: {zper2.full}
""",
)

T(
    "power-of-attorney-sq",
    "Prokurë",
    "sq_AL",
    """
PROKURË E POSAÇME
Unë, {zper1.full}, lindur më {zdob1.long_sq}, banues në {zaddr1.plain},
autorizoj {zper2.full} të [[tërheqë pensionin tim]] nga banka, llogaria {zacct1}.
Data: {zdate1.long_sq}
""",
)

T(
    "blood-donation-nz",
    "Blood donation record",
    "en_NZ",
    """
DONOR RECORD -- Donor no. {zsample1}
Name: {zper1.first_caps_last}   DOB: {zdob1.slash}   Blood group: [[O negative]]
Address: {zaddr1.plain}   Mobile: {ztel1.local}
Last donation: {zdate1.slash}   Deferral: none
""",
)

T(
    "obituary-ga",
    "Obituary / death notice",
    "ga_IE",
    """
{zper1.caps_full} (née {zper2.caps_last}), late of {zaddr1.plain}, peacefully, on
{zdate1.long_gb}, aged {zage1}, in the loving care of the staff of [[St. Joseph's Hospice]].
Predeceased by her husband {zper3.first}. Reposing at her home. Donations, if desired, to
[[the Irish Hospice Foundation]]. House private on the morning of the funeral, please.
""",
)

T(
    "wedding-az",
    "Nikah haqqında şəhadətnamə",
    "az_AZ",
    """
NİKAH HAQQINDA ŞƏHADƏTNAMƏ
Ər: {zper1.full}
Arvad: {zper2.full}
Nikah qeydə alınıb: {zdate1.eu}, {ztown1}
Akt qeydi № {zcase1}
[[Qeydiyyat şöbəsi]]
""",
)

T(
    "travel-claim-is",
    "Travel insurance claim",
    "is_IS",
    """
TRAVEL INSURANCE CLAIM
Insured: {zper1.full}   Policy no.: {zplan1}
Trip: {zdate1.slash} -- {zdate2.slash}
Incident: [[lost luggage at connecting airport]]
Passport: {zpass1}
Bank account for reimbursement: {ziban1.compact}
Phone: {ztel1.intl}
""",
)

T(
    "driving-licence-lu",
    "Führerscheinantrag",
    "de_LU",
    """
ANTRAG AUF UMTAUSCH DES FÜHRERSCHEINS
Name: {zper1.caps_last}   Vorname: {zper1.first}
Geburtsdatum: {zdob1.eu}   Geburtsort: {ztown1}
Wohnsitz: {zaddr1.plain}
Bisheriger Führerschein Nr.: {zlic1}
[[Klasse B]] -- Foto beigefügt ({zphoto1})
""",
)
# --- Biometrics, photographs, portals and more paper ------------------------------------

T(
    "biometric-enrol",
    "Biometric enrolment record",
    "en_GB",
    """
BIOMETRIC ENROLMENT -- Visa application centre
Applicant: {zper1.caps_last_first}   Passport: {zpass1}   DOB: {zdob1.slash}
Fingerprint template ID: {zbio1}   Quality score: 87
Facial image: {zphoto1} ([[ICAO compliant]])
Enrolled by: {zper2.initial_last} at station {znet1} on {zdate1.slash}
Applicant e-mail: {zmail1}
""",
)

T(
    "voiceprint-bank",
    "Voice biometrics audit record",
    "en_US",
    """
VOICE ID AUDIT -- customer {zper1.full} (acct {zacct1})
voiceprint_id={zbio1}  enrolled={zdate1.iso}  last_match={zdate2.iso}  score=0.91
caller_ani={ztel1.e164}  channel=[[IVR]]  agent={zper2.handle}
note: customer asked to delete voiceprint; [[request logged under GDPR Art. 17]]
""",
)

T(
    "photo-consent",
    "Clinical photography consent",
    "en_AU",
    """
CONSENT FOR CLINICAL PHOTOGRAPHY
Patient: {zper1.full}   UR: {zmrn1}   DOB: {zdob1.slash}
Images: {zphoto1}, {zphoto2} ([[full face, pre-operative]])
Use: [[medical record only]]  [ ] teaching  [ ] publication
Photographer: {zper2.first_last}   Date: {zdate1.long_gb}
Patient portal upload link: {zurl1}
""",
)

T(
    "portal-message",
    "Patient portal message",
    "en_US",
    """
Secure message -- {zdate1.long_us}
From: {zper1.full} (patient, MRN {zmrn1})
To: Care team of Dr. {zper2.last}
Hi, I uploaded my [[blood pressure diary]] here: {zurl1}
Also my new insurance ID is {zplan1}. Thanks, {zper1.first}
Sent from IP {znet1}
""",
)

T(
    "telehealth-log",
    "Telehealth session log",
    "en_CA",
    """
session={zcase1} start={zdate1.iso}T14:00 provider="{zper1.last_first}" patient="{zper2.last_first}"
join_url={zurl1}
patient_ip={znet1} patient_device={zdev1.serial} mac={zmac1}
note=[[video dropped twice, completed by phone]] callback={ztel1.plain}
""",
)

T(
    "social-media-report",
    "Social media abuse report",
    "en_GB",
    """
ONLINE HARMS REPORT {zcase1}
Reporter: {zper1.full}, {zmail1}
Profile reported: {zurl1}
Account holder (believed): {zper2.full}, lives in {ztown1}
Content: [[repeated threats after a tribunal hearing]]; screenshots {zphoto1}
Reporter's phone: {ztel1.intl}
""",
)

T(
    "econsent-audit",
    "eConsent audit trail",
    None,
    """
audit_id,timestamp,actor,action,detail
1,{zdate1.iso}T10:02:11Z,{zmail1},VIEW,"ICF v5.0 [[Main Study]]"
2,{zdate1.iso}T10:19:45Z,{zmail1},SIGN,"subject {zsubj1} signed as {zper1.full}"
3,{zdate1.iso}T10:20:02Z,system,ESIG,"ip {znet1}; doc {zurl1}"
4,{zdate2.iso}T08:00:00Z,{zper2.handle},COUNTERSIGN,"investigator {zper2.full}"
""",
)

T(
    "crowdfunding-page",
    "Crowdfunding page text",
    "en_US",
    """
Help {zper1.first} get home!
On {zdate1.long_us}, my brother {zper1.full}, a {zage1}-year-old veteran from {ztown1}, was
[[hit by a truck while crossing]]. He is at St. Vincent's and needs months of rehab.
Donate at {zurl1} or Venmo {zper2.handle}. Updates from his daughter {zper2.full}.
""",
)

T(
    "sample-shipment-de",
    "Probenversandliste Biobank",
    "de_DE",
    """
Versandliste Biobank -- Sendung {zcase1} vom {zdate1.eu}
Lfd | Proben-ID | Spender/in | Geb.-Datum | Material
1 | {zsample1} | {zper1.last_first} | {zdob1.eu} | [[Serum 2x500 µl]]
2 | {zsample2} | {zper2.last_first} | {zdob2.eu} | [[Serum 2x500 µl]]
3 | {zsample3} | {zper3.last_first} | {zdob3.eu} | DNA
Kurier: {zper4.full}, Tel. {ztel1.local}
Trackinglink: {zurl1}
""",
)

T(
    "dental-chart-pt",
    "Ficha clínica dentária",
    "pt_PT",
    """
FICHA CLÍNICA -- Medicina Dentária
Paciente: {zper1.full}   Data de nascimento: {zdob1.slash}
Contribuinte: {znat1.pt}
Morada: {zaddr1.plain}   Telemóvel: {ztel1.local}
{zdate1.slash}: [[restauração classe II no dente 36]]
Radiografia: {zphoto1}
Médico dentista: Dr.ª {zper2.full}, cédula {zlic1}
""",
)

T(
    "police-report-it",
    "Denuncia di furto",
    "it_IT",
    """
VERBALE DI DENUNCIA
Il giorno {zdate1.long_it} alle ore 10:15 presso la Stazione Carabinieri di {ztown1}
è presente {zper1.full}, nato il {zdob1.long_it}, C.F. {znat1.it},
residente in {zaddr1.plain}, tel. {ztel1.local}, il quale denuncia
[[il furto del proprio telefono cellulare]] IMEI {zdev1.imei}.
Verbalizzante: Brig. {zper2.first_last}
""",
)

T(
    "job-application-sv",
    "Jobbansökan",
    "sv_SE",
    """
Hej {zper1.first}!
Jag söker tjänsten som [[undersköterska inom hemtjänsten]].
Personnummer: {znat1.se}
Adress: {zaddr1.plain}
Telefon: {ztel1.local}   E-post: {zmail1}
LinkedIn: {zurl1}
Med vänliga hälsningar, {zper2.full}
""",
)

T(
    "rental-form-fr",
    "Dossier de location",
    "fr_FR",
    """
DOSSIER DE CANDIDATURE LOCATIVE
Candidat : {zper1.caps_last} {zper1.first}, né le {zdob1.slash} à {ztown1}
N° de sécurité sociale : {znat1.fr}
IBAN pour le prélèvement : {ziban1.grouped}
Garant : {zper2.full}, {zaddr1.plain}
Pièces : [[trois derniers bulletins de salaire]], avis d'imposition
""",
)

T(
    "vehicle-recall-ja",
    "リコール通知",
    "ja_JP",
    """
リコールのお知らせ
{zper1.east_sp} 様
ご住所：{zaddr1.plain}
対象車両 車台番号：{zveh1.vin}
[[エアバッグ交換]]のため、{zdate1.ja}までにご来店ください。
担当：{zper2.east}（{ztel1.local}）
""",
)

T(
    "fax-cover",
    "Fax cover sheet",
    "en_US",
    """
FAX -- CONFIDENTIAL HEALTH INFORMATION
To: {zper1.full}, Utilization Review     Fax: {zfax1.plain}
From: {zper2.full}, RN                    Fax: {zfax2.plain}   Phone: {ztel1.plain}
Date: {zdate1.us}   Pages: 6 (including cover)
Re: {zper3.last_first}, DOB {zdob1.us}, member {zplan1}
[[Request for continued stay review]]
""",
)

T(
    "pharmacy-recall-letter",
    "Pharmacy recall letter",
    "en_GB",
    """
{zper1.full}
{zaddr1.lines}

{zdate2.long_gb}

Dear {zper1.first},
We are contacting you because a batch of [[valsartan 80 mg]] dispensed to you on
{zdate1.long_gb} has been recalled. Please return it to the pharmacy. If you have any
questions call {ztel1.local} or visit {zurl1}.
Pharmacist: {zper2.full} (GPhC reg. {zlic1})
""",
)

T(
    "customs-declaration-tr",
    "Gümrük beyannamesi",
    "tr_TR",
    """
YOLCU BEYAN FORMU
Adı Soyadı: {zper1.caps}
Pasaport No: {zpass1}
T.C. Kimlik No: {znat1.tr}
Doğum Tarihi: {zdob1.eu}
Adres: {zaddr1.plain}
Beyan: [[nakit 10.000 avro üzeri yok]]
""",
)

T(
    "gp-letter-cy",
    "GP letter",
    "en_GB",
    """
Dear Dr {zper1.last},
Re: {zper2.full}, d.o.b. {zdob1.long_gb}, {zaddr1.plain}
NHS No. {znat1.gb}
Thank you for referring this {zage1}-year-old gentleman, who attended the memory clinic
with his son {zper3.first}. Examination suggests [[moderate Alzheimer's dementia]].
Yours sincerely, {zper4.full}, Consultant Old Age Psychiatrist
""",
)

T(
    "fr-lab-result",
    "Compte rendu de biologie",
    "fr_CH",
    """
LABORATOIRE -- Compte rendu  N° {zsample1}
Patient(e) : {zper1.caps_last_first}  Né(e) le {zdob1.eu}
N° AVS : {znat1.ch}
Prescripteur : Dr {zper2.full}
Prélèvement : {zdate1.eu}
[[Hémoglobine glyquée 7,4 %]]
""",
)


# --- More languages for the same paper ------------------------------------------------

T(
    "monshinhyo-ja",
    "問診票",
    "ja_JP",
    """
問診票（初診）
フリガナ：{zper1.kana}
氏名：{zper1.east_sp}　　生年月日：{zdob1.ja}
住所：{zaddr1.plain}
電話番号：{ztel1.local}
保険者番号・記号番号：{zplan1}
来院理由：[[三日前からの発熱と咳]]
紹介元医師：{zper2.east}
""",
)

T(
    "hr-leave-ja",
    "休暇届",
    "ja_JP",
    """
休暇届
所属：[[経理部]]
氏名：{zper1.east}（{zper1.kana}）
期間：{zdate1.ja} から {zdate2.ja} まで
事由：[[介護休暇]]
緊急連絡先：{ztel1.local}
承認者：{zper2.east}
""",
)

T(
    "referral-ko",
    "진료의뢰서",
    "ko_KR",
    """
진료의뢰서 (회송용)
환자 성명: {zper1.east}   주민등록번호: {znat1.kr}
주소: {zaddr1.plain}
연락처: {ztel1.local}
상병명: [[제2형 당뇨병]]
의뢰 일자: {zdate1.ko}
의뢰 의사: {zper2.east} (면허번호 {zlic1})
""",
)

T(
    "discharge-zh",
    "出院小结",
    "zh_CN",
    """
出院小结（呼吸内科）
姓名：{zper1.east}   住院号：{zmrn1}
身份证号：{znat1.cn}
入院日期：{zdate1.ja}   出院日期：{zdate2.ja}
出院诊断：[[社区获得性肺炎（右下肺）]]
主治医师：{zper2.east}
联系电话：{ztel1.local}
""",
)

T(
    "radiology-tw",
    "放射檢查申請單",
    "zh_TW",
    """
放射檢查申請單
病人姓名：{zper1.east}   病歷號：{zmrn1}
出生日期：{zdob1.ja}
檢查項目：[[胸部X光 正側位]]
臨床診斷：咳嗽兩週
申請醫師：{zper2.east}   分機 {ztel1.local}
""",
)

T(
    "claim-ar",
    "مطالبة تأمين طبي",
    "ar_SA",
    """
نموذج مطالبة تأمين طبي
اسم المؤمن عليه: {zper1.full}
رقم الوثيقة: {zplan1}
رقم المطالبة: {zclaim1}
تاريخ الخدمة: {zdate1.slash}
التشخيص النهائي: [[التهاب الزائدة الدودية الحاد]]
رقم الجوال: {ztel1.intl}
البريد الإلكتروني: {zmail1}
""",
)

T(
    "audience-fr",
    "Procès-verbal d'audience",
    "fr_FR",
    """
TRIBUNAL JUDICIAIRE -- PROCÈS-VERBAL D'AUDIENCE DU {zdate2.long_fr}
RG n° {zcase1}
PRÉSIDENTE : Mme {zper1.caps_last}
DEMANDEUR : M. {zper2.full}, demeurant {zaddr1.plain}
LA PRÉSIDENTE : Monsieur {zper2.last}, vous confirmez votre adresse ?
M. {zper2.caps_last} : Oui. Et mon téléphone a changé, c'est le {ztel1.national}.
LA PRÉSIDENTE : Le loyer impayé date du {zdate1.long_fr} ?
M. {zper2.caps_last} : [[Oui, depuis le licenciement.]]
""",
)

T(
    "mt103-pl",
    "SWIFT MT103 customer transfer",
    "pl_PL",
    """
:20:PLN{zdate1.swift}/0815
:23B:CRTS
:32A:{zdate1.swift}PLN2300,00
:50K:/{ziban1.compact}
{zper1.swift}
{zaddr1.swift}
:59:/{ziban2.compact}
{zper2.swift_last_first}
:70:[[CZYNSZ ZA LOKAL]] PESEL {znat1.pl}
:71A:OUR
""",
)

T(
    "loan-fr-be",
    "Demande de crédit",
    "fr_BE",
    """
DEMANDE DE CRÉDIT À LA CONSOMMATION
Emprunteur : {zper1.caps_last} {zper1.first}   Né le : {zdob1.eu}
Numéro national : {znat1.be}
Domicile : {zaddr1.plain}
GSM : {ztel1.local}   Courriel : {zmail1}
Compte de remboursement : {ziban1.grouped}
Objet : [[achat d'un véhicule d'occasion]], châssis {zveh1.vin}
""",
)

T(
    "card-dispute-de",
    "Widerspruch Kartenzahlung",
    "de_DE",
    """
{zper1.full}
{zaddr1.lines}

{zdate2.long_de}

Widerspruch gegen Kartenbelastung -- Kartennummer {zcard1}

Sehr geehrte Damen und Herren, am {zdate1.eu} wurde meine Karte mit 389,00 EUR belastet. [[Ich habe diese Zahlung nicht veranlasst.]]
Bitte erstatten Sie den Betrag auf mein Konto {ziban1.grouped}.
Mit freundlichen Grüßen, {zper1.first_last}, Tel. {ztel1.local}
""",
)

T(
    "biobank-fi",
    "Biopankkinäytteiden luettelo",
    "fi_FI",
    """
näyte;henkilötunnus;nimi;keräyspäivä;[[suostumus voimassa]]
{zsample1};{znat1.fi};{zper1.last_first};{zdate1.eu};kyllä
{zsample2};{znat2.fi};{zper2.last_first};{zdate2.eu};kyllä
{zsample3};{znat3.fi};{zper3.last_first};{zdate3.eu};ei
""",
)

T(
    "pathology-ar",
    "Informe anatomopatológico",
    "es_AR",
    """
INFORME ANATOMOPATOLÓGICO  Protocolo {zsample1}
Paciente: {zper1.caps_last_first}   DNI/CUIL {znat1.ar}
Fecha de nacimiento: {zdob1.slash}
Médico solicitante: Dr. {zper2.full}, M.N. {zlic1}
Material: biopsia de piel, dorso.
Diagnóstico: [[carcinoma basocelular nodular, márgenes libres]]
Fecha: {zdate1.long_es}
""",
)

T(
    "kyc-ch",
    "KYC-Formular A",
    "de_CH",
    """
FORMULAR A -- Feststellung der wirtschaftlich berechtigten Person
Vertragspartner: {zper1.full}, {zaddr1.plain}
Wirtschaftlich berechtigt: {zper2.caps_last_first}, geb. {zdob1.eu}
AHV-Nr.: {znat1.ch}
Konto: {ziban1.grouped}
[[Herkunft der Vermögenswerte: Erbschaft]]
Ort/Datum: {ztown1}, {zdate1.eu}
""",
)

T(
    "chat-messenger-pl",
    "Eksport czatu (Messenger)",
    "pl_PL",
    """
{zper1.first_last} ({zdate1.iso} 19:02): hej, podeślesz numer konta za bilety?
{zper2.first_last} ({zdate1.iso} 19:05): {ziban1.grouped}
{zper2.first_last} ({zdate1.iso} 19:05): tytułem: [[bilety koncert]]
{zper1.first_last} ({zdate1.iso} 19:09): poszło, dzięki! mój nr jakby co {ztel1.local}
""",
)

T(
    "payroll-fw",
    "Payroll register (fixed width)",
    "en_US",
    """
EMP#   NAME                      SSN          HIRED       GROSS     NET       DD ACCT
{zacct1.compact}  {zper1.caps_last_first}   {zssn1}  {zdate1.us}  [[4,210.00]]  3,118.40  {zacct2}
{zacct3.compact}  {zper2.caps_last_first}   {zssn2}  {zdate2.us}  [[3,980.00]]  2,951.12  {zacct4}
""",
)

T(
    "intake-ocr-br",
    "Ficha de atendimento digitalizada (OCR)",
    "pt_BR",
    """
[digitalização -- OCR]
FICHA DE ATENDIMENTO -- PRONTO-SOCORRO
Nome: {zper1.ocr}
CPF: {znat1.br}   Cartão SUS: {zplan1}
Nasc.: {zdob1.slash}
Endereço: {zaddr1.plain}
Queixa: [[dor torácica há 2 horas]]
Acompanhante: {zper2.first_last}, tel {ztel1.local}
""",
)

T(
    "sar-crypto",
    "Suspicious activity report narrative",
    "en_US",
    """
SAR narrative (virtual currency) -- case {zcase1}
Customer {zper1.full} (DOB {zdob1.us}, SSN {zssn1}) onboarded on {zdate1.us} from IP {znet1}.
Within 48 hours the account received [[$62,000 from 14 unrelated individuals]], including
{zper2.full} and {zper3.full}, and withdrew to an external wallet. Login device MAC {zmac1},
phone {ztel1.plain}, e-mail {zmail1}. Customer's profile link: {zurl1}.
""",
)

T(
    "tribunal-he",
    "פרוטוקול דיון",
    "he_IL",
    """
בית הדין האזורי לעבודה -- פרוטוקול
תיק {zcase1}   תאריך הדיון: {zdate2.eu}
התובעת: {zper1.full}, ת.ז. {znat1.il}
ב"כ הנתבעת: עו"ד {zper2.full}
התובעת: פוטרתי ב-{zdate1.eu} [[בלי שימוע]].
השופטת {zper3.last}: הדיון נדחה.
""",
)


# --- More recorded speech -------------------------------------------------------------

T(
    "recorded-statement",
    "Recorded statement transcript (insurance)",
    "en_US",
    """
RECORDED STATEMENT -- Claim {zclaim1} -- taken by telephone on {zdate2.long_us}
ADJUSTER: This is {zper1.full} with the claims department. Do I have your permission to record?
CLAIMANT: Yes.
ADJUSTER: Please state and spell your full name.
CLAIMANT: {zper2.first_last}. {zper2.spelt_sp}.
ADJUSTER: Date of birth?
CLAIMANT: {zdob1.spoken_us}, um, {zdob1.us}.
ADJUSTER: And on {zdate1.long_us}, where were you headed?
CLAIMANT: Home from my shift. I live at {zaddr1.plain}. The other car [[ran the red light]].
ADJUSTER: Did you get a plate? -- CLAIMANT: Yeah, I said it to the 911 lady, {zveh1.nato}.
ADJUSTER: Okay. End of statement. It's 4:52 p.m.
""",
)

T(
    "bodycam-srt",
    "Body-worn camera transcript (SRT)",
    "en_GB",
    """
1
00:03:12,400 → 00:03:15,100
PC {zper1.last}: Control, vehicle check please, index {zveh1.nato}.

2
00:03:15,600 → 00:03:19,900
CONTROL: Go ahead... vehicle shows registered keeper {zper2.caps_last_first},

3
00:03:19,900 → 00:03:23,300
CONTROL: of {zaddr1.plain}. [[No markers.]]

4
00:03:23,800 → 00:03:28,000
PC {zper1.last}: Driver's licence number reads {zlic1}. Date of birth {zdob1.slash}.
""",
)

T(
    "remote-hearing-asr",
    "Remote hearing auto-captions",
    "en_US",
    """
[Auto-generated captions -- accuracy not guaranteed]
[00:00:41] JUDGE {zper1.caps_last}: we are on the record in the matter of {zper2.asr} versus [[Lakeside Property Management]]
[00:00:49] JUDGE {zper1.caps_last}: case number {zcase1}
[00:00:55] {zper2.caps_last}: yes your honor i'm here my daughter {zper3.asr} is helping me with the computer
[00:01:04] JUDGE {zper1.caps_last}: ms {zper2.asr_last} what is the address of the unit
[00:01:08] {zper2.caps_last}: {zaddr1.plain} apartment upstairs
[00:01:15] JUDGE {zper1.caps_last}: and you paid the deposit by check number 1180 from account {zacct1.spoken}
""",
)

T(
    "politieverhoor-srt",
    "Verhoor (ondertiteling)",
    "nl_BE",
    """
1
00:00:02,000 -- 00:00:05,500
VERBALISANT: Uw naam en geboortedatum, alstublieft.

2
00:00:05,700 -- 00:00:09,900
VERDACHTE: {zper1.first_last}, {zdob1.long_nl}.

3
00:00:10,000 -- 00:00:14,100
VERBALISANT: Uw rijksregisternummer? -- VERDACHTE: {znat1.be}.

4
00:00:14,300 -- 00:00:18,700
VERDACHTE: [[Ik was die avond niet in]] {ztown1}.
""",
)

T(
    "intervju-vtt-sv",
    "Intervju (WebVTT)",
    "sv_SE",
    """
WEBVTT

00:00:00.000 – 00:00:03.400
REPORTER: Vad heter du?

00:00:03.600 – 00:00:07.300
{zper1.first_last}. {zper1.last} stavas {zper1.spelt}.

00:00:07.500 – 00:00:11.900
Jag bor på {zaddr1.street} i {ztown1}, [[sedan branden]] i {zdate1.month_year_sv}.
""",
)

T(
    "haastattelu-srt-fi",
    "Haastattelu (SRT)",
    "fi_FI",
    """
1
00:00:00,500 --- 00:00:04,000
TOIMITTAJA: Kerrotko nimesi?

2
00:00:04,200 --- 00:00:08,000
{zper1.first_last}, henkilötunnus {znat1.fi}.

3
00:00:08,100 --- 00:00:12,600
[[Tulva nousi kellariin]] {zdate1.long_fi}.
""",
)

T(
    "tribunal-pt",
    "Ata de audiência",
    "pt_PT",
    """
ATA DE AUDIÊNCIA DE JULGAMENTO -- Processo n.º {zcase1}
Juíza: Dr.ª {zper1.full}
Autora: {zper2.full}, NIF {znat1.pt}, residente em {zaddr1.plain}
A AUTORA: Fui despedida a {zdate1.long_pt}, [[sem processo disciplinar]].
A MANDATÁRIA DA RÉ, Dr.ª {zper3.last}: Não é verdade, Meritíssima.
A JUÍZA: A audiência continua a {zdate2.long_pt}.
""",
)

T(
    "court-it",
    "Verbale di udienza",
    "it_IT",
    """
TRIBUNALE ORDINARIO -- VERBALE DI UDIENZA DEL {zdate2.long_it}
R.G. {zcase1}   Giudice: dott.ssa {zper1.full}
È presente il ricorrente {zper2.full}, C.F. {znat1.it}, assistito dall'avv. {zper3.last}.
Il ricorrente dichiara: "[[Non ho mai ricevuto la lettera di licenziamento]] del {zdate1.long_it}."
Il giudice rinvia la causa.
""",
)

T(
    "sar-de",
    "Verdachtsmeldung nach GwG",
    "de_DE",
    """
VERDACHTSMELDUNG (§ 43 GwG) -- interne Vorgangsnummer {zcase1}
Betroffene Person: {zper1.full}, geb. {zdob1.eu}, wohnhaft {zaddr1.plain}
Steuer-IdNr.: {znat1.de}
Konto: {ziban1.grouped}
Sachverhalt: [[Bareinzahlungen knapp unter 10.000 EUR]] an fünf aufeinanderfolgenden Tagen
({zdate1.eu} bis {zdate2.eu}), Weiterleitung an {zper2.caps_last_first}, IBAN {ziban2.compact}.
Bearbeiter: {zper3.initials_nodot_last}
""",
)

T(
    "sar-fr",
    "Déclaration de soupçon",
    "fr_FR",
    """
DÉCLARATION DE SOUPÇON -- référence interne {zcase1}
Personne concernée : {zper1.caps_last} {zper1.first}, née le {zdob1.slash}
Adresse : {zaddr1.plain}   Tél. : {ztel1.national}
Compte : {ziban1.grouped}
Faits : [[virements fractionnés vers un compte à l'étranger]] entre le {zdate1.long_fr} et le {zdate2.long_fr}
Bénéficiaire : {zper2.full}
Connexions depuis l'adresse IP {znet1}
""",
)

T(
    "crf-ja",
    "症例報告書（有害事象）",
    "ja_JP",
    """
症例報告書 -- 有害事象
被験者識別コード：{zsubj1}   イニシャル：{zper1.translit_caps}
生年月日：{zdob1.ja}
有害事象名：[[薬剤性肝障害]]
発現日：{zdate1.ja}   転帰日：{zdate2.ja}
治験責任医師：{zper2.east}
""",
)

T(
    "interview-notes-de",
    "Gesprächsnotiz (Telefon)",
    "de_AT",
    """
Telefonnotiz {zdate1.eu}, 14:20 -- Anruf von Frau {zper1.last}
Rückrufnummer (buchstabiert/diktiert): {ztel1.spoken_de}
Anliegen: [[Nebenwirkung nach Impfung]], Tochter {zper2.first} (geb. {zdob1.eu})
SVNR laut Anruferin nicht zur Hand. E-Mail: {zmail1}
""",
)

T(
    "podcast-es",
    "Transcripción de pódcast",
    "es_ES",
    """
[00:04:10] PRESENTADORA ({zper1.first}): Hoy nos acompaña {zper2.full}, enfermera en {ztown1}.
[00:04:16] {zper2.caps_first}: Gracias. Empecé en urgencias en {zdate1.month_year_es}.
[00:04:25] {zper2.caps_first}: Si alguien quiere escribirme, {zmail1.spoken}, pero [[sin datos de pacientes]], eh.
""",
)

T(
    "voicemail-fr",
    "Transcription de messagerie vocale",
    "fr_CA",
    """
Message vocal de {ztel1.plain} -- reçu le {zdate1.long_fr} à 09 h 12 (transcription automatique)
« bonjour c'est {zper1.asr} du cabinet du docteur {zper2.asr_last} on voulait confirmer votre
rendez-vous pour [[l'échographie]] rappelez-nous au {ztel2.spoken_fr} merci »
""",
)

T(
    "dictation-radiology",
    "Dictated radiology report (speech recognition)",
    "en_GB",
    """
[dictated -- speech recognition -- unverified]
patient {zper1.asr} hospital number {zmrn1.spoken_gb} date of birth {zdob1.spoken}
CT head without contrast [[no acute intracranial haemorrhage]] full stop
reported by doctor {zper2.asr_last} new paragraph copy to GP doctor {zper3.asr_last}
""",
)


# --- The split ---------------------------------------------------------------------------

SPLIT = Split(
    name="heldout_z",
    templates=tuple(TEMPLATES),
    seeds=range(84410001, 84410401),
    locales=(
        ("en_US", 4),
        ("en_GB", 3),
        ("de_DE", 2),
        ("fr_FR", 2),
        ("es_ES", 1),
        ("it_IT", 1),
        ("nl_NL", 1),
        ("pl_PL", 1),
        ("pt_BR", 1),
        ("en_IN", 1),
        ("en_NG", 1),
        ("sv_SE", 1),
    ),
    name_countries=("GB", "US", "NG", "IN", "PL", "DE", "FR", "BR", "PH", "TR", "GH", "EG"),
    id_countries=("GB", "DE", "FR", "PL", "IN", "BR"),
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("Z?#######",)
    ),
    date_formats=("%Y-%m-%d", "%d/%m/%Y"),
)
