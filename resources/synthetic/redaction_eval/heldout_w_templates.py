# ruff: noqa: E501 - template lines are as long as the documents they copy
"""Split W: written in session 38 by a separate author; held out in session 40 (run once
after the freeze), DEV-side (tuned on) since. Free text first.

Narrative notes, dictations and call transcripts, social-work, police and insurance
narratives, messages and letters, with identifiers in running prose, abbreviations,
misspellings and code-switching, beside forms, tables and structured messages (HL7 v2,
FHIR JSON, X12, EDIFACT, escaped XML, logs, e-mail headers, chat exports, OCR'd scans), in
many languages and scripts. Values come from w_forms.py; dates count back from W_TODAY.
"""

from __future__ import annotations

from collections.abc import Sequence

from resources.synthetic.redaction_eval.generator import Split, Template
from resources.synthetic.redaction_eval.w_forms import W_TODAY

__all__ = ["SPLIT", "TEMPLATES", "W_TODAY"]


def _t(tid: str, doc_type: str, locale: str, text: str) -> Template:
    locales = tuple((loc, 1) for loc in locale.split(","))
    return Template(f"w-{tid}", doc_type, text.strip("\n") + "\n", locales=locales)


TEMPLATES: list[Template] = [
    _t(
        "clin-us-1",
        "clinical note",
        "en_US",
        """
IM progress note (hospitalist service)
Pt {wname1.full} (MRN {wmrn1}), DOB {wdob1.mdy}, seen {wdate1.mdy_nopad}.
S: 67yo c/o SOB x3d, worse on exertion, 2-pillow orthopnea. Denies CP. Wife {wname2.first} says he
"hasnt been himself". Hx [[congestive heart failure]], [[type 2 diabetes]], CKD3.
O: BP 148/92, HR 96, SpO2 91% RA. Bibasilar crackles. 2+ pitting edema.
A/P: [[acute on chronic HFrEF]] - IV furosemide, daily wts, f/u echo. Call pt's cell {wtel1.nat}
if K abnormal. Seen w/ Dr. {wname3.last}. - {wname3.initials}, MD
""",
    ),
    _t(
        "dc-us-1",
        "discharge summary",
        "en_US",
        """
DISCHARGE SUMMARY

Patient: {wname1.last_first}          Acct#: {wacct1}
MRN: {wmrn1}     DOB: {wdob1.mdy}     Admit: {wdate1.mdy}     Discharge: {wdate2.mdy}
Attending: {wname2.first_last}, MD  NPI {wlic1.npi}

Hospital course: Mr. {wname1.last} was admitted through the ED with [[community-acquired pneumonia]]
and [[sepsis]]. Blood cultures grew Strep pneumo. He was treated with [[ceftriaxone]] and
azithromycin and defervesced on hospital day 3. Pt lives at {waddr1} with daughter
{wname3.full}, who can be reached at {wtel1.nat}.
Disposition: home w/ VNA. Follow up with PCP within 7 days.
""",
    ),
    _t(
        "rad-us-1",
        "radiology request",
        "en_US",
        """
RADIOLOGY REQUISITION
Exam requested: [[CT chest with contrast]]    Priority: STAT
Patient name: {wname1.caps_last_first}    DOB {wdob1.mdy}    Sex: F
MRN {wmrn1}   Ins. member ID {wins1}
Clinical indication: r/o [[pulmonary embolism]], pleuritic CP, recent long-haul flight, Wells 4.5
Creatinine 0.9 on {wdate1.mdy_nopad}. No contrast allergy.
Ordering provider: {wname2.last_first_initial} MD, pager {wtel1.nat}, fax {wfax1.nat}
""",
    ),
    _t(
        "x12-837",
        "insurance claim",
        "en_US",
        """
ISA*00*          *00*          *ZZ*SUBMITTER01    *ZZ*PAYER02        *261110*1402*^*00501*000004711*0*P*:~
GS*HC*SUBMITTER01*PAYER02*20261110*1402*4711*X*005010X222A1~
ST*837*0417*005010X222A1~
BHT*0019*00*{wclaim1}*20261110*1402*CH~
NM1*IL*1*{wname1.caps_last}*{wname1.caps_first}****MI*{wins1}~
N3*{waddr1.street}~
DMG*D8*{wdob1.x12}*M~
NM1*82*1*{wname2.caps_last}*{wname2.caps_first}****XX*{wlic1.npi}~
CLM*{wclaim1}*1250.00***11:B:1*Y*A*Y*Y~
DTP*472*D8*{wdate1.x12}~
HI*ABK:J189~
SE*12*0417~
""",
    ),
    _t(
        "x12-270",
        "eligibility inquiry",
        "en_US",
        """
ST*270*1234*005010X279A1~
BHT*0022*13*10001234*20261109*1319~
HL*1**20*1~
NM1*PR*2*ACME HEALTH PLAN*****PI*842610001~
HL*3*2*22*0~
TRN*1*93175-012547*9877281234~
NM1*IL*1*{wname1.caps_last}*{wname1.caps_first}****MI*{wins1.mbi}~
DMG*D8*{wdob1.x12}~
DTP*291*D8*{wdate1.x12}~
EQ*30~
SE*13*1234~
""",
    ),
    _t(
        "hl7-adt",
        "HL7 ADT message",
        "en_US",
        """
MSH|^~\\&|EPICADT|GENHOSP|LABSYS|GENHOSP|{wdate1.hl7t}||ADT^A04|MSG00417|P|2.5.1
EVN|A04|{wdate1.hl7t}
PID|1||{wmrn1}^^^GENHOSP^MR~{wssn1.plain}^^^SSA^SS||{wname1.hl7}||{wdob1.compact}|F|||{waddr1.street}^^{wtown1}^^{wzip1}^USA||{wtel1.digits}|||S||{wacct1}
NK1|1|{wname2.hl7}|SPO|||{wtel2.digits}
PV1|1|E|ED^12^01||||{wlic1.npi}^{wname3.caps_last}^{wname3.caps_first}|||MED
AL1|1|DA|^[[penicillin]]|SV|hives
""",
    ),
    _t(
        "hl7-oru",
        "lab result message",
        "en_US",
        """
MSH|^~\\&|LAB|CITYLAB|EHR|CLINIC|{wdate1.hl7t}||ORU^R01|L8812|P|2.3
PID|||{wmrn1}||{wname1.hl7}||{wdob1.compact}|M
OBR|1||LAB-77120|[[hemoglobin A1c]]|||{wdate1.hl7t}
OBX|1|NM|4548-4^HbA1c^LN||9.1|%|4.0-5.6|H|||F
NTE|1||Result phoned to {wname2.first_initial} RN at {wtel1.nat}, read back confirmed.
""",
    ),
    _t(
        "fhir-pt",
        "FHIR patient resource",
        "en_US",
        """
{"resourceType": "Patient", "meta": {"versionId": "7", "source": "#adt-feed-w"},
 "id": "pt-{wmrn1}",
 "identifier": [{"system": "urn:oid:2.16.840.1.113883.4.1", "value": "{wssn1}"},
                {"system": "http://hospital.example/mrn", "value": "{wmrn1}"}],
 "name": [{"family": "{wname1.last}", "given": ["{wname1.first}"]}],
 "telecom": [{"system": "phone", "value": "{wtel1.e164}", "use": "mobile"},
             {"system": "email", "value": "{wmail1}"}],
 "birthDate": "{wdob1.iso}",
 "address": [{"text": "{waddr1}"}],
 "photo": [{"url": "{wphoto1}"}],
 "extension": [{"url": "note", "valueString": "[[advance directive on file]]"}]}
""",
    ),
    _t(
        "police-us",
        "police incident narrative",
        "en_US",
        """
INCIDENT NARRATIVE  Case # {wcase1}
On {wdate1.long_en} at approx 2315 hrs I, Ofc. {wname1.last} #4471, responded to {waddr1} re: a
[[domestic disturbance]]. On arrival I made contact w/ the RP, {wname2.first_last} (DOB
{wdob1.mdy}), who stated her boyfriend {wname3.full} had thrown a phone at her. {wname3.first}
had left the scene in a silver Honda Civic, plate {wveh1.plate}. RP had visible redness to L cheek.
RP's sister {wname4.first} ({wtel1.nat}) arrived and took RP to her residence. BOLO issued for
{wname3.last}. DL# {wlic1.dl} checked via NCIC - no wants. Livescan prints of {wname3.last} on file as {wbio1}. [[Victim advocate]] info provided.
""",
    ),
    _t(
        "sw-us",
        "social work case note",
        "en_US",
        """
Case note - Child & Family Services, worker {wname1.initial_last}
Home visit {wdate1.mdy_nopad}. Present: mother {wname2.full}, children {wname3.first} (7) and
{wname4.first} (4). Family has moved to {waddr1} after eviction; landlord {wname5.last_first} confirmed.
Mom reports she lost her job at the laundromat; SNAP case {wcase1} pending. Grandma, {wname6.full},
age {wage1}, lives w/ them & is on O2 - very frail. Referred to [[parenting support group]] and
[[food pantry]]. Mom's new number {wtel1.nat}; she prefers texts. Next visit in 2 wks.
""",
    ),
    _t(
        "fraud-us",
        "fraud case",
        "en_US",
        """
FRAUD INVESTIGATION - case {wcase1}  opened {wdate1.mdy}
Subject: {wname1.caps}  SSN {wssn1}  DOB {wdob1.mdy}
Summary: card ending in the number below was used for 14 online purchases in 3 hrs from IP {wip1}
(geolocates ~2,400 mi from cardholder's home at {waddr1}).
Card: {wcard1.visa}   Linked acct {wacct1.us}
Cardholder called in from {wtel1.nat} and denied the txns. Device fingerprint matched a prior
[[account takeover]] ring (see case {wcase2}). Recommend [[chargeback]] + reissue; SAR to be filed.
Analyst: {wname2.first_initial}
""",
    ),
    _t(
        "kyc-us",
        "KYC review",
        "en_US",
        """
KYC / CIP REVIEW
Customer: {wname1.full}        Customer ID {wacct1.cust}
DOB {wdob1.mdy} | SSN {wssn1.plain} | Passport {wpass1.us}
Residential address: {waddr1}
ID document: state driver license {wlic1.dl}, verified against DMV. Selfie: {wphoto1}
Liveness: pass, voiceprint enrolled as {wbio1}. [[Sanctions screening]]: no match. [[PEP]]: no.
Occupation: self-employed contractor. Source of funds: business income.
Note: applicant initially typed her name as "{wname1.typo}" on the web form - corrected.
Reviewer: {wname2.last_first_initial}   Decision: APPROVED
""",
    ),
    _t(
        "hr-us",
        "HR leave request",
        "en_US",
        """
From: {wmail1}
To: hr-leave@company.example
Subject: FMLA leave request - {wname1.first_last} ({wemp1})

Hi {wname2.first},
I'd like to request [[intermittent FMLA leave]] starting {wdate1.long_en} through {wdate2.long_en}
to care for my father, {wname3.full}, who is {wage1} and was just diagnosed with
[[Parkinson's disease]]. His neurologist is Dr {wname4.last}. I can be reached at {wtel1.nat}.
My home address for the paperwork is {waddr1}.
Thanks, {wname1.first}
""",
    ),
    _t(
        "chat-us",
        "chat transcript",
        "en_US",
        """
[{wdate1.isot}] Agent Kayla: Thanks for contacting support! Can I get your full name?
[{wdate1.isot}] Visitor: {wname1.lower}
[{wdate1.isot}] Agent Kayla: and the email on the account?
[{wdate1.isot}] Visitor: {wmail1} .. or maybe my old one idk
[{wdate1.isot}] Agent Kayla: got it. last 4 of card? actually i see a card {wcard1.mc} on file
[{wdate1.isot}] Visitor: yes thats it. i need the [[refund]] for order 55-1209
[{wdate1.isot}] Visitor: ship to my moms, {waddr1}, her name is {wname2.full}
[{wdate1.isot}] Agent Kayla: done! ref [[RMA approved]]
""",
    ),
    _t(
        "dict-us",
        "dictation transcript",
        "en_US",
        """
this is doctor {wname1.last} dictating an operative note on patient {wname2.first} {wname2.last} spelled
{wname2.caps_last} medical record number {wmrn1} date of birth {wdob1.long_en} period new paragraph
procedure [[laparoscopic cholecystectomy]] period date of surgery {wdate1.long_en} period the patient
was brought to the operating room comma placed supine comma general anesthesia was induced period
findings [[acute cholecystitis]] period copy to doctor {wname3.first_last} at fax {wfax1.nat} period family
wants a call at {wtel1.spoken} period
end of dictation
""",
    ),
    _t(
        "call-us",
        "call centre transcript",
        "en_US",
        """
AGENT: Thank you for calling, this call may be recorded. Who am I speaking with?
CALLER: Yeah hi, it's uh, {wname1.first_last}. I'm calling about my husband's claim.
AGENT: Sure. Can I have the claim number?
CALLER: It's {wclaim1}. His name's {wname2.first}, {wname2.first_last}.
AGENT: Voice ID didn't match your profile {wbio1}, so to verify, date of birth?
CALLER: {wdob1.long_en}.
AGENT: Thank you. I see the claim for the [[ER visit]] was denied for [[prior authorization]].
CALLER: That's crazy, we called. You can call me back at {wtel1.nat}, or email {wmail1}.
AGENT: I'll open an appeal, reference {wcase1}.
""",
    ),
    _t(
        "ems-us",
        "ambulance run sheet",
        "en_US",
        """
EMS PATIENT CARE REPORT   Run {wcase1}   Unit M-14   {wdate1.mdy} 06:42
Pt: {wname1.last_first}  Age: {wage1}  DOB: {wdob1.mdy}  Sex: F   Loc: {waddr1}
CC: fall at home, found by neighbor {wname2.first_last} ({wtel1.nat})
GCS 14 ([[Glasgow Coma Scale]]), skin tear R forearm, shortening/ext rotation L leg - ?[[hip fracture]]
Meds: warfarin, metoprolol. Allergies NKDA.
Tx: c-collar not indicated, [[fentanyl]] 25mcg IN, splint. Transport to St. Mary's, handoff to RN {wname3.initial_last}.
Coords at pickup: {wgeo1.dec}
""",
    ),
    _t(
        "pharm-us",
        "pharmacy dispensing log",
        "en_US",
        """
RX#|FILL_DATE|PATIENT|DOB|DRUG|QTY|PRESCRIBER|DEA|PHONE
6620193|{wdate1.mdy}|{wname1.caps_last_first_all}|{wdob1.mdy}|[[oxycodone 5 mg]]|30|{wname3.caps_last}|{wlic1.dea}|{wtel1.digits}
6620194|{wdate2.mdy}|{wname2.caps_last_first_all}|{wdob2.mdy}|[[amoxicillin 500 mg]]|21|{wname3.caps_last}|{wlic1.dea}|{wtel2.digits}
""",
    ),
    _t(
        "log-us",
        "web server access log",
        "en_US",
        """
{wip1} - {wmail1} [{wdate1.log}] "GET /portal/records?patient={wmrn1} HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
{wip1} - {wmail1} [{wdate1.log}] "POST /portal/messages HTTP/1.1" 201 88 "-" "Mozilla/5.0"
{wip2.v6} - - [{wdate2.log}] "GET /login HTTP/1.1" 302 0 "-" "curl/8.4"
dhcpd: DHCPACK on {wip3.private} to {wmac1} ({wname1.handle}-laptop) via eth0
""",
    ),
    _t(
        "mail-hdr-us",
        "e-mail headers",
        "en_US",
        """
Return-Path: {wmail1}
Received: from mail-pl1-f170.example.com ([{wip1}]) by mx.hospital.example with ESMTPS; {wdate1.rfc2822}
From: "{wname1.first_last}" {wmail1}
To: {wname2.handle}@hospital.example
Subject: Re: my mom's test results
Date: {wdate1.rfc2822}
X-Originating-IP: [{wip1}]

Hi, this is about {wname3.full} (DOB {wdob1.mdy}). She is still waiting for her [[MRI results]].
Please call me at {wtel1.nat}. Thank you
""",
    ),
    _t(
        "sms-us",
        "SMS thread",
        "en_US",
        """
{wtel1.e164} ({wdate1.mdy_short} 7:02 PM): hey its {wname1.first} from church, is {wname2.first} ok??
me: she's at mercy gen, they think its a [[stroke]] :( room 4B
{wtel1.e164}: omg. praying. is it the one on {waddr1.street}?
me: yes. her son {wname3.first_last} is flying in tmrw
{wtel1.e164}: send me his # pls
me: {wtel2.nat}
""",
    ),
    _t(
        "vm-us",
        "voicemail transcription",
        "en_US",
        """
Voicemail from {wtel1.nat} received {wdate1.abbr_us}:
"Hi this message is for {wname1.first}, uh, this is {wname2.first_last} calling from Dr. {wname3.last}'s
office about your [[colonoscopy]] prep. Please call us back at {wtel2.nat} extension 4, and have
your date of birth and your insurance ID handy, the one that starts {wins1}. Or my cell, {wtel3.spoken}. Thanks, bye."
(Transcription confidence: low)
""",
    ),
    _t(
        "auto-us",
        "motor insurance claim",
        "en_US",
        """
FIRST NOTICE OF LOSS - AUTO
Claim {wclaim1}   Policy holder: {wname1.full}   Loss date: {wdate1.mdy}
Insured vehicle: 2019 Toyota Camry VIN {wveh1.vin}
Other party: {wname2.first_last}, plate {wveh2.plate}, carrier unknown, cell {wtel1.nat}
Narrative: Insured states she was stopped at the light at Main & 4th in {wtown1} when the other
vehicle rear-ended her. Minor [[whiplash]], seen at urgent care. Passenger {wname3.first} (her son) uninjured.
Police report {wcase1}. [[Rear bumper]] and trunk lid damaged. Photos uploaded.
""",
    ),
    _t(
        "csv-us",
        "CRM export",
        "en_US",
        """
customer_id,first_name,last_name,email,phone,street,city,zip,signup
{wacct1.cust},{wname1.first},{wname1.last},{wmail1},{wtel1.nat},"{waddr1.street}",{wtown1},{wzip1},{wdate1.iso}
{wacct2.cust},{wname2.first},{wname2.last},,{wtel2.e164},"{waddr2.street}",{wtown2},{wzip2},{wdate2.iso}
""",
    ),
    _t(
        "icd-dev-us",
        "pacemaker interrogation report",
        "en_US",
        """
DEVICE CLINIC - REMOTE INTERROGATION
Patient {wname1.first_last}   MRN {wmrn1}   DOB {wdob1.mdy}
Device: [[dual-chamber pacemaker]]  Model Azure XT DR  Serial {wdev1}
Lead RA serial {wdev2}   UDI {wdev3.udi}
Battery 9.5 yrs. AP 12%, VP 1%. No [[atrial fibrillation]] episodes since {wdate1.mdy}.
Transmission via home monitor MAC {wmac1.upper}.
Reviewed by {wname2.initials}, CDS
""",
    ),
    _t(
        "rx-us",
        "prescription",
        "en_US",
        """
Dr. {wname1.first_last}, DO  - Family Medicine
DEA {wlic1.dea}   NPI {wlic2.npi}   Ph {wtel1.nat}
Rx for: {wname2.full}   DOB {wdob1.mdy}   Addr: {waddr1}
Date: {wdate1.mdy}
[[Sertraline 50 mg]] tab, 1 PO daily, #30, refills 2
Dispense as written. Sig: take with food.
""",
    ),
    _t(
        "tele-us",
        "telehealth session log",
        "en_US",
        """
2026 session audit - platform VidaCare
session_id=8a1f provider="{wname1.last_first}" patient="{wname2.first_last}" patient_mrn={wmrn1}
client_ip={wip1} client_mac={wmac1.dash} device_imei={wdev1.imei}
start={wdate1.isot} duration=00:23:11 reason="[[medication refill]]"
patient_callback={wtel1.e164} location_shared={wgeo1.uri}
""",
    ),
    _t(
        "death-us",
        "death certificate worksheet",
        "en_US",
        """
DECEDENT'S LEGAL NAME: {wname1.caps_full}     SEX: M     SSN: {wssn1}
AGE: {wage1}    DATE OF BIRTH: {wdob1.mdy}    DATE OF DEATH: {wdate1.mdy}
RESIDENCE: {waddr1}
INFORMANT: {wname2.full}, son, {wtel1.nat}
IMMEDIATE CAUSE: [[aspiration pneumonia]]  due to [[Alzheimer's disease]]
CERTIFIER: {wname3.first_last}, MD, license {wlic1.cert}
""",
    ),
    _t(
        "prob-us",
        "probation report",
        "en_US",
        """
PRE-SENTENCE INVESTIGATION - Docket {wcase1}
Defendant {wname1.first_last} ("{wname1.lower_first}") was interviewed at county jail on {wdate1.long_en}.
He reports living with his girlfriend, {wname2.first_last}, at {waddr1} and working sporadically
for a roofing company owned by {wname3.last}. He has a valid DL ({wlic1.dl}) but his 2014 Ford F-150
({wveh1.plate}) was impounded. He admits [[alcohol use disorder]] and has completed 8 wks of [[outpatient treatment]].
Victim {wname4.full} declined to give a statement.
""",
    ),
    _t(
        "it-us",
        "IT helpdesk ticket",
        "en_US",
        """
Ticket INC0048112  Priority P3  Opened {wdate1.isot}
Requester: {wname1.first_last} ({wemp1}) ext 4410, mobile {wtel1.nat}
Issue: laptop wont connect to VPN after [[password reset]]. Asset tag LT-2291, serial {wdev1},
MAC {wmac1.colon}, last seen IP {wip1.private}. User's manager {wname2.first_last} approved loaner.
Work notes: cleared cached creds, reissued cert. [[Resolved]].
""",
    ),
    _t(
        "rental-us",
        "rental car agreement",
        "en_US",
        """
RENTAL AGREEMENT RA-{wcase1}
Renter: {wname1.caps_last_first}   DL {wlic1.dl} (exp 2029)   DOB {wdob1.mdy}
Home: {waddr1}   Cell: {wtel1.nat}   Email: {wmail1}
Vehicle: [[midsize SUV]] Plate {wveh1.plate}   VIN {wveh2.vin}   Odometer out 22,104
Additional driver: {wname2.first_last}
Payment: {wcard1.amex}   Pick-up {wdate1.mdy}   Return {wdate2.mdy}
""",
    ),
    _t(
        "wire-us",
        "wire transfer request",
        "en_US",
        """
OUTGOING INTERNATIONAL WIRE - REQUEST FORM
Originator: {wname1.full}, acct {wacct1.us}, {waddr1}
Beneficiary: {wname2.full}
Beneficiary IBAN: {wiban1.de}   BIC: COBADEFFXXX
Amount: USD 18,500.00   Purpose: [[family support]]
Called back to verify at {wtel1.nat} on {wdate1.mdy} - verbal OK from {wname1.first}.
Flag: beneficiary shares surname w/ prior [[romance scam]] case {wcase1}; escalate to BSA.
""",
    ),
    _t(
        "sar-us",
        "suspicious activity narrative",
        "en_US",
        """
SAR NARRATIVE (draft)
This SAR is filed on {wname1.first_last} (DOB {wdob1.mdy}, SSN {wssn1}), a customer since 2019, for
[[structuring]]. Between {wdate1.mdy} and {wdate2.mdy} the subject made 11 cash deposits of
USD 9,000-9,800 into acct {wacct1.us} at branches in {wtown1} and {wtown2}. Funds were sent by
Zelle to {wname2.first_last} ({wtel1.e164}) and by wire to {wiban1.gb}. When asked, the subject said
the cash came from selling cars; he provided a bill of sale for VIN {wveh1.vin}.
""",
    ),
    _t(
        "school-us",
        "school incident report",
        "en_US",
        """
Student Incident Report - {wdate1.mdy}
Student: {wname1.first_last}, Grade 8, student # {wemp1}
Parent/guardian: {wname2.full}  ph {wtel1.nat}  email {wmail1.of_wname2}
What happened: during lunch {wname1.first} had an [[allergic reaction]] (peanut) - EpiPen given by nurse
{wname3.last}, 911 called, transported. Mom met ambulance. Nurse notes [[anaphylaxis action plan]] updated.
Staff: {wname4.initial_last}
""",
    ),
    _t(
        "obit-us",
        "obituary",
        "en_US",
        """
{wname1.full}, {wage1}, of {wtown1}, passed away peacefully on {wdate1.long_en}, surrounded by family.
Born in a farmhouse outside {wtown2}, she taught third grade for 41 years. She is
survived by her son {wname2.first_last} and granddaughter {wname3.first}. In lieu of flowers,
donations to the [[Alzheimer's Association]]. Condolences at {wurl1}.
""",
    ),
    _t(
        "gp-gb",
        "GP referral letter",
        "en_GB",
        """
Dear Dr {wname1.last},

Re: {wname2.full}, DOB {wdob1.dmy}, NHS No. {wnat1.gb}
{waddr1.multi}

Thank you for seeing this pleasant 58 y/o lady with a 3/12 hx of [[change in bowel habit]] and
unintentional wt loss (~6kg). FIT positive on {wdate1.dmy}. Her mum had [[bowel cancer]] in her 60s.
She'd prefer appointments after 2pm; mobile {wtel1.nat}. Her daughter {wname3.first} may accompany her.

Yours sincerely,
Dr {wname4.initials}
{wname4.full}, GMC {wlic1.gmc}
""",
    ),
    _t(
        "handover-gb",
        "nursing handover sheet",
        "en_GB",
        """
WARD 7 SBAR HANDOVER  {wdate1.dmy} night
Bed 3 | {wname1.caps_last_space_first} | {wage1}y | Hosp No {wmrn1} | [[NEWS2]] 5 | [[#NOF]] post-op day 1, confused overnight, 1:1
Bed 5 | {wname2.caps_last_space_first} | 71y | Hosp No {wmrn2} | [[DKA]] protocol, VRIII running, next BM 02:00
Bed 8 | {wname3.caps_last_space_first} | 45y | Hosp No {wmrn3} | for discharge am, TTOs ready, lift from husband {wname4.first} {wtel1.nat}
""",
    ),
    _t(
        "safeguard-gb",
        "safeguarding referral",
        "en_GB",
        """
MULTI-AGENCY REFERRAL FORM (MARF)
Child: {wname1.full}   DOB {wdob1.dmy}   NHS {wnat1.gb}
Address: {waddr1}
Parent/carer: {wname2.full} (mother), {wname3.full} (mum's partner, not bio father)
Concern: at school nurse drop-in on {wdate1.ord_gb} {wname1.first} disclosed that {wname3.first} "hits
him with a belt when he's naughty". Bruising noted to upper arms. [[Section 47]] threshold likely met.
Referrer: {wname4.first_last}, school nurse, {wtel1.nat}, {wmail1.work}
""",
    ),
    _t(
        "witness-gb",
        "witness statement",
        "en_GB",
        """
WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a) and 5B)
Statement of: {wname1.full}      Age if under 18: over 18      Occupation: bus driver
This statement (consisting of 1 page signed by me) is true to the best of my knowledge and belief.
On {wdate1.long_gb} at about 17:40 I was driving the number 43 along {waddr1.street} when I saw a man
I now know to be {wname2.full} push a woman into the road. She fell in front of a grey Vauxhall,
registration {wveh1.plate}. The driver, an older man, got out and said his name was {wname3.last}.
I can be contacted on {wtel1.nat}.  Signed: {wname1.initial_last}
""",
    ),
    _t(
        "fnol-gb",
        "home insurance claim",
        "en_GB",
        """
Claim ref {wclaim1} - escape of water
Policyholder: Mrs {wname1.first_last}, {waddr1}
Incident: {wdate1.dmy}, burst pipe in loft while PH away visiting son {wname2.first} in {wtown1}.
Neighbour {wname3.full} ({wtel1.nat}) noticed water coming through ceiling, turned off stopcock.
Damage: [[kitchen ceiling]] collapsed, [[laminate flooring]] lifted. Loss adjuster {wname4.last_first_initial}
to attend. Payment to sort code/account {wacct1.uk}.
""",
    ),
    _t(
        "tenancy-gb",
        "tenancy application",
        "en_GB",
        """
TENANT APPLICATION - 14b Elmfield Road
Full name: {wname1.full}        DOB: {wdob1.dmy}       NI number: on file
Current address: {waddr1}   (3 yrs)
Employer: NHS Trust, payroll {wemp1}, annual salary GBP 34,000
Previous landlord: {wname2.last_first}, {wtel1.nat}
Guarantor: {wname3.full}, {waddr2}
Right to rent: [[share code]] checked on {wdate1.dmy}.  Pets: one cat.
""",
    ),
    _t(
        "fax-gb",
        "fax cover sheet",
        "en_GB",
        """
F A X   C O V E R
To: Pharmacy, {wtown1}            Fax: {wfax1.nat}
From: {wname1.first_last}, Practice Nurse        Fax: {wfax2.nat}   Tel: {wtel1.nat}
Date: {wdate1.dmy}     Pages: 3
Re: {wname2.caps_last_first} - {wdob1.dmy} - repeat [[methotrexate]] - please check bloods before issuing
CONFIDENTIAL: if received in error please telephone the sender.
""",
    ),
    _t(
        "ocr-gb",
        "OCR'd scanned letter",
        "en_GB",
        """
Scanned document - page 1/2 (OCR)
ST ELSEWHERE UNIVERSITY H0SPITAL - 0UTPATIENT CLINlC
Patient: {wname1.ocr}      Hosp no: {wmrn1}
D.O.B. {wdob1.ocr}
Dear Dr {wname2.last},
I rcviewed {wname1.first} in the [[rheumatology clinic]] today. She has [[seropositive rheumatoid arthritis]]
and is doing well on treatment. Her address is now {waddr1}.
Yours sinccrely  {wname3.initials}
""",
    ),
    _t(
        "kyc-in",
        "KYC review",
        "en_IN",
        """
Video KYC summary - Account opening
Customer: {wname1.caps}   DOB {wdob1.dmy}   Aadhaar: {wnat1.in}
PAN verified. Address as per Aadhaar: {waddr1}
Mobile (OTP verified): {wtel1.intl}   Email: {wmail1}
Agent remarks: customer ne bola ki uska naam Aadhaar pe "{wname1.typo}" likha hai, spelling mismatch;
[[name match score]] 86 - accepted with supervisor {wname2.first_last} approval. Live photo {wphoto1}.
""",
    ),
    _t(
        "clin-in",
        "clinical note",
        "en_IN",
        """
OPD NOTE  {wdate1.dmy}
Name: {wname1.full}  Age/Sex: 52/M  UHID {wmrn1}
Pt c/o [[burning micturition]] x 5 days, fever on & off. Wife {wname2.first} bata rahi hai ki sugar
high rehta hai, medicines regular nahi leta. k/c/o [[T2DM]] x 8 yrs.
Adv: urine C/S, HbA1c, [[nitrofurantoin]] 100 BD x 5d. Review after reports.
Contact: {wtel1.nat} | Address: {waddr1}
Dr. {wname3.initial_last} (Reg. No. {wlic1.cert})
""",
    ),
    _t(
        "ems-au",
        "ambulance case record",
        "en_AU",
        """
ePCR  Case {wcase1}   {wdate1.dmy}   Crew: 4-Echo
Pt {wname1.first_last}, DOB {wdob1.dmy}, Medicare on file, lives at {waddr1}
Hx: [[COPD]], home O2. Found by carer {wname2.first} ({wtel1.nat}) SOB, tripoding, SpO2 82%.
Tx: [[salbutamol]] + ipratropium neb, CPAP. Improved. Tx to RPA. Wife {wname3.first_last} following in own car, rego {wveh1.plate}.
""",
    ),
    _t(
        "wc-au",
        "workers compensation claim",
        "en_AU",
        """
WORKER'S INJURY CLAIM FORM
Worker: {wname1.full}   DOB {wdob1.dmy}   TFN {wnat1.au}
Employer: Coastal Logistics Pty Ltd   Supervisor: {wname2.first_last}
Injury date {wdate1.dmy}: lifting a 30kg carton at the warehouse, felt pop in lower back. Dx
[[lumbar disc prolapse]]. Treating GP Dr {wname3.last}, {wtel1.nat}.
Bank for weekly payments: BSB/acct {wacct1}   Email {wmail1}
""",
    ),
    _t(
        "clin-ca",
        "clinical note",
        "en_CA",
        """
ED NOTE - {wdate1.iso}
{wname1.first_last}, 34F, OHIP on file, SIN {wnat1.ca} (provided for WSIB form)
Presents after [[syncope]] at work; co-worker {wname2.first} witnessed, no seizure activity.
ECG NSR, trop neg x2. Likely [[vasovagal]]. D/c home w/ partner {wname3.first_last}.
F/u family MD Dr. {wname4.last} ({wtel1.nat}).
""",
    ),
    _t(
        "dc-qc",
        "discharge summary",
        "fr_CA",
        """
RÉSUMÉ DE DÉPARTAGE / SOMMAIRE D'HOSPITALISATION
Nom: {wname1.caps_last}, {wname1.first}   No dossier {wmrn1}   Né(e) le {wdob1.iso}
Admission {wdate1.iso} - Congé {wdate2.iso}
Dx principal: [[pneumonie acquise en communauté]]. Pt a fait un petit délirium la 2e nuit, résolu.
Suivi avec son médecin de famille, Dre {wname2.last}. Sa fille {wname3.first} ({wtel1.nat}) va l'héberger
au {waddr1}. Pt was told in English too, he prefers anglais for meds teaching.
""",
    ),
    _t(
        "acc-nz",
        "accident compensation claim",
        "en_NZ",
        """
ACC45 INJURY CLAIM  Claim no {wclaim1}
Patient: {wname1.full}   DOB {wdob1.dmy}   IRD {wnat1.nz}   NHI {wmrn1}
Accident {wdate1.dmy}: came off mountain bike at the trail park near {wtown1}, landed on R shoulder.
Dx [[AC joint sprain]]. Work: farmhand, off 2/52. Employer {wname2.first_last} ({wtel1.nat}).
Kia ora - whanau contact {wname3.first} {wtel2.nat}.
""",
    ),
    _t(
        "dsp-ie",
        "social welfare letter",
        "en_IE",
        """
An Roinn Coimirce Sóisialaí / Department of Social Protection
{wname1.full}
{waddr1.multi}
PPS No: {wnat1.ie}                 Date: {wdate1.long_gb}
Dear {wname1.first},
Your claim for [[Carer's Allowance]] in respect of {wname2.full} has been awarded from {wdate2.dmy}.
Payment will be made to IBAN {wiban1.ie}. Queries: {wtel1.nat}.
""",
    ),
    _t(
        "wa-ng",
        "chat export",
        "en_NG",
        """
{wdate1.dmy}, 08:14 - {wname1.first_last}: Abeg who get Mama {wname2.last} number? she never reach clinic
{wdate1.dmy}, 08:15 - {wtel1.intl}: na {wtel2.nat} she dey use now
{wdate1.dmy}, 08:16 - {wname1.first_last}: ok. Doctor talk say na [[sickle cell crisis]] for her pikin {wname3.first}
{wdate1.dmy}, 08:20 - {wname4.first}: I don send 20k to her account {wacct1} for [[blood transfusion]]
{wdate1.dmy}, 08:21 - {wname4.first}: address na {waddr1} if una wan visit
""",
    ),
    _t(
        "sms-ph",
        "SMS thread",
        "fil_PH",
        """
From {wtel1.intl} ({wdate1.mdy}):
Ate {wname1.first}, si {wname2.full} po ito. Na-admit po si Lola {wname3.first} sa ospital, [[dengue]] daw.
Age niya {wage1} na po, sobrang hina. Pwede po ba kayo mag-send ng pang-[[blood test]]? GCash {wtel2.nat}.
Salamat po. Address namin {waddr1}.
""",
    ),
    _t(
        "fraud-ke",
        "fraud case",
        "en_KE",
        """
MOBILE MONEY FRAUD REPORT  Ref {wcase1}
Complainant: {wname1.full}, ID (national) on file, line {wtel1.intl}
On {wdate1.dmy} received call from {wtel2.intl} claiming to be from the bank; was told to reverse a
"wrong transfer". Sent KES 45,000 to {wname2.caps} (registered name shown). Agent number traced to
{wtown1}. Complainant's wife {wname3.first} witnessed. [[SIM swap]] suspected. Refer DCI cyber unit.
""",
    ),
    _t(
        "visa-gb",
        "visa application",
        "en_GB",
        """
UK VISITOR VISA - APPLICATION SUMMARY
Applicant: {wname1.roman_last_first}   (native script: {wname1.full})
Passport no. {wpass1.cn}   Date of birth {wdob1.dmy}
Sponsor in UK: {wname2.full}, {waddr1}, tel {wtel1.nat}
Purpose: attend daughter's [[graduation ceremony]] on {wdate1.long_gb}
Biometrics enrolled; fingerprint ref {wbio1}. Photo {wphoto1}
""",
    ),
    _t(
        "immig-us",
        "immigration case note",
        "en_US",
        """
Case note - Immigration Legal Clinic - {wdate1.mdy}
Client {wname1.full} (A-file pending) arrived with her cousin {wname2.first}. Client speaks mostly
Spanish; dijo que su esposo {wname3.first_last} la amenazó otra vez y que tiene miedo volver a {wtown1}.
Screened for [[U visa]] and [[VAWA self-petition]]. Client's safe number {wtel1.nat} - DO NOT leave VM.
Passport {wpass1.mx}. Next appt in 2 wks w/ atty {wname4.last}.
""",
    ),
    _t(
        "teams-us",
        "meeting transcript",
        "en_US",
        """
Meeting transcript - Care coordination huddle - {wdate1.abbr_us}
0:00:04 {wname1.first_last}: OK first up is {wname2.first} {wname2.last}, bed 12.
0:00:11 {wname3.first_last}: Yeah she's {wage1}, [[aspiration risk]], family wants [[comfort care]].
0:00:19 {wname1.first_last}: Who's the HCP?
0:00:21 {wname3.first_last}: Son, {wname4.full}, cell {wtel1.nat}. He lives out in {wtown1}.
0:00:33 {wname5.first}: I'll page palliative. Her MRN's {wmrn1} for the consult.
""",
    ),
    _t(
        "slack-us",
        "chat export",
        "en_US",
        """
#billing-escalations  {wdate1.iso}
@{wname1.handle}  9:12 AM  can someone look at acct {wacct1.cust}? customer {wname2.first_last} says she was double charged
@{wname3.handle_under}  9:14 AM  on it. card on file {wcard1.disc}, two auths same minute. prob a [[duplicate authorization]]
@{wname3.handle_under}  9:15 AM  her callback {wtel1.nat}, email {wmail1.of_wname2}
@{wname1.handle}  9:16 AM  ty :pray:
""",
    ),
    _t(
        "expense-us",
        "expense claim",
        "en_US",
        """
EXPENSE REPORT ER-2026-1187
Employee: {wname1.last_first}  ID {wemp1}  Cost center 4410
Trip: client visit {wtown1}  {wdate1.mdy} - {wdate2.mdy}
Corporate card {wcard1.amex}
Hotel 3 nights, per diem, rental car plate {wveh1.plate}
Approver: {wname2.first_last}   Note: [[receipt missing]] for dinner 2nd night.
""",
    ),
    _t(
        "payroll-us",
        "payroll change form",
        "en_US",
        """
DIRECT DEPOSIT CHANGE
Employee: {wname1.full}   Emp # {wemp1}   SSN {wssn1.spaced}
New bank account (checking): {wacct1.us}
Effective pay date: {wdate1.mdy}
Requested via email from {wmail1} - [[call-back verification]] done to number on file {wtel1.nat}
HR: {wname2.initial_last}
""",
    ),
    _t(
        "hotel-us",
        "hotel registration card",
        "en_US",
        """
GUEST REGISTRATION
Name {wname1.caps_last_first}    Arrive {wdate1.mdy}   Depart {wdate2.mdy}
Address {waddr1}
Phone {wtel1.intl}   E-mail {wmail1}
ID type: passport {wpass1.de}   Nationality: DEU
Car plate {wveh1.plate}   Card guarantee {wcard1.visa}
Guest signature: ____  [[non-smoking room]]
""",
    ),
    _t(
        "parking-us",
        "parking citation",
        "en_US",
        """
NOTICE OF PARKING VIOLATION  Citation {wcase1}
Date/time {wdate1.mdy} 14:08  Location: 400 blk {waddr1.street}
Plate {wveh1.plate}  State  VIN {wveh2.vin}
Violation: [[expired meter]]  Fine USD 45
Registered owner: {wname1.caps_full}, {waddr2}
Officer {wname2.last} #221
""",
    ),
    _t(
        "crash-us",
        "traffic accident report",
        "en_US",
        """
TRAFFIC CRASH REPORT - narrative
Unit 1 ({wname1.first_last}, DL {wlic1.dl}, vehicle {wveh1.plate}) was traveling NB on Route 9 near
{wtown1} when Unit 2 ({wname2.first_last}, DOB {wdob1.mdy}, vehicle VIN {wveh2.vin}) failed to yield.
D2 transported to regional hospital w/ [[suspected concussion]]. Witness {wname3.full}, {wtel1.nat}.
GPS at scene {wgeo1.dec}. [[Airbag deployment]] in unit 1.
""",
    ),
    _t(
        "onboard-us",
        "employee onboarding form",
        "en_US",
        """
NEW HIRE INFORMATION
Legal name: {wname1.full}   Preferred: {wname1.first}
SSN: {wssn1}    DOB: {wdob1.mdy}
Home: {waddr1}
Personal email: {wmail1}    Mobile: {wtel1.nat}
Emergency contact: {wname2.full} (spouse) {wtel2.nat}
Employee ID {wemp1}  Badge photo {wphoto1}  Door fingerprint template {wbio1}   [[I-9 verified]]
""",
    ),
    _t(
        "dental-us",
        "dental chart note",
        "en_US",
        """
{wdate1.mdy} - {wname1.first_last} (chart {wmrn1}) - recall visit
Pt reports sensitivity #14. BWX taken. [[Recurrent caries]] #14 MO, #3 watch. Perio WNL.
Plan: [[composite restoration]] #14 next visit. Pt's dental ins ID {wins1}, subscriber is husband {wname2.first_last}.
Text reminder to {wtel1.nat}.  - {wname3.initials}, RDH
""",
    ),
    _t(
        "physio-gb",
        "physiotherapy note",
        "en_GB",
        """
MSK Physio - {wname1.first_last} - {wdate1.dmy} - session 3
S: knee better, still stiff on stairs; playing with grandson {wname2.first} at weekend.
O: flex 0-115, quads lag 5deg. O: [[patellofemoral pain]].
P: progress [[closed chain exercises]]. Pt asked to email exercise sheet to {wmail1}.
""",
    ),
    _t(
        "psych-us",
        "psychiatric assessment",
        "en_US",
        """
PSYCHIATRIC EVALUATION  {wdate1.mdy}
ID: {wname1.first_last}, 29 y/o, referred by PCP Dr. {wname2.last} for [[major depressive disorder]].
Lives w/ roommate {wname3.first} in {wtown1}. Reports passive SI, no plan. Ex-partner {wname4.first_last}
has a restraining order (case {wcase1}). PHQ-9 = 19. Safety plan reviewed; crisis line and sister
{wname5.first} ({wtel1.nat}) listed. Start [[escitalopram]].
""",
    ),
    _t(
        "occ-gb",
        "occupational health note",
        "en_GB",
        """
Occupational Health - Fitness for Work
Employee: {wname1.full}  Staff no {wemp1}  Manager: {wname2.first_last}
Seen {wdate1.dmy} following 6 weeks' absence with [[work-related stress]]. Recommend [[phased return]]
over 4 weeks. Consent given to share with manager. Contact: {wtel1.nat} / {wmail1}.
""",
    ),
    _t(
        "vacc-us",
        "vaccination record",
        "en_US",
        """
IMMUNIZATION RECORD
{wname1.last_first}  DOB {wdob1.mdy}  State reg ID {wmrn1}
Vaccine                 Date          Lot       Given by
[[Tdap]]                {wdate1.mdy}    U7124AA   {wname2.initial_last}
[[influenza]] 2026-27    {wdate2.mdy}    FL5530    {wname2.initial_last}
Guardian: {wname3.full}, {wtel1.nat}
""",
    ),
    _t(
        "underw-us",
        "life insurance underwriting note",
        "en_US",
        """
Underwriting note - policy app for {wname1.full} (DOB {wdob1.mdy}), face USD 750k.
APS from Dr {wname2.last} shows [[hypertension]] controlled, [[sleep apnea]] on CPAP. MIB hit
from 2019. Paramed exam {wdate1.mdy} at {waddr1}. Beneficiary: {wname3.full}, SSN {wssn1}.
Rate class: Standard. Agent {wname4.first_last} ({wtel1.nat}).
""",
    ),
    _t(
        "travel-gb",
        "travel insurance claim",
        "en_GB",
        """
TRAVEL CLAIM {wclaim1}
Insured: {wname1.full}   Policy holder: {wname2.full}
Trip: {wtown1} - Lisbon, {wdate1.dmy} to {wdate2.dmy}
Event: fell on tram steps, [[fractured wrist]], treated at Hospital de Santa Maria, processo {wmrn1}.
Paid EUR 1,240 on card {wcard1.mc}. Reimburse to {wiban1.gb}.
Contact {wtel1.intl}
""",
    ),
    _t(
        "chargeback-us",
        "chargeback dispute",
        "en_US",
        """
Dispute case {wcase1} - reason code 10.4 [[card-absent fraud]]
Cardholder {wname1.caps}  card {wcard1.visa}  txn date {wdate1.mdy}
Merchant evidence: order shipped to {waddr1}; AVS match; customer IP {wip1}; device MAC n/a.
Delivery signed by "{wname2.first}". Cardholder states she does not know anyone by that name.
Cardholder contact {wmail1}.
""",
    ),
    _t(
        "cr-fr",
        "compte rendu d'hospitalisation",
        "fr_FR",
        """
COMPTE RENDU D'HOSPITALISATION - Service de cardiologie
Patient(e) : Mme {wname1.caps_last} {wname1.first}, née le {wdob1.dmy}
N° sécu : {wnat1.fr}      IPP : {wmrn1}
Entrée le {wdate1.long_fr}, sortie le {wdate2.long_fr}.
Mme {wname1.last} a été hospitalisée pour [[fibrillation auriculaire]] rapide. Cardioversion efficace.
Anticoagulation par [[apixaban]]. Son fils, M. {wname2.first_last}, joignable au {wtel1.nat}, a été informé.
Médecin traitant : Dr {wname3.last}, {waddr1}.
""",
    ),
    _t(
        "pv-fr",
        "procès-verbal d'audition",
        "fr_FR",
        """
PROCÈS-VERBAL D'AUDITION DE VICTIME   N° {wcase1}
L'an deux mille vingt-six, le {wdate1.long_fr}, devant nous, brigadier {wname1.caps_last},
comparaît {wname2.caps_last} {wname2.first}, né le {wdob1.dmy}, demeurant {waddr1},
tél. {wtel1.nat}, qui déclare : « Hier soir, un homme que je connais sous le nom de {wname3.first}
m'a arraché mon sac, il y avait ma carte bancaire {wcard1.visa} et mon passeport {wpass1.fr}. »
Faits qualifiés de [[vol avec violence]]. Lecture faite, persiste et signe.
""",
    ),
    _t(
        "sinistre-fr",
        "déclaration de sinistre",
        "fr_FR",
        """
Objet : déclaration de sinistre dégât des eaux - contrat habitation
Madame, Monsieur,
Je soussigné {wname1.full}, domicilié {waddr1}, vous déclare un [[dégât des eaux]] survenu le
{wdate1.dmy} provenant de l'appartement de ma voisine du dessus, Mme {wname2.last} ({wtel1.nat}).
Mon numéro de sociétaire : {wclaim1}. RIB pour l'indemnisation : {wiban1.fr}.
Cordialement, {wname1.first_last} - {wmail1}
""",
    ),
    _t(
        "rh-fr",
        "demande de congé",
        "fr_FR",
        """
DEMANDE DE CONGÉS
Salarié : {wname1.first_last}        Matricule : {wemp1}
Type : [[congé de proche aidant]]
Du {wdate1.dmy} au {wdate2.dmy} inclus
Motif : accompagnement de ma mère, {wname2.full}, {wage1.fr} ans, hospitalisée.
Visa du responsable : {wname3.initial_last}        Contact : {wtel1.nat}
""",
    ),
    _t(
        "ordo-fr",
        "ordonnance",
        "fr_FR",
        """
Dr {wname1.first_last} - Médecin généraliste
RPPS {wlic1.rpps} - {waddr1} - Tél {wtel1.nat}
Le {wdate1.dmy}
{wname2.caps_last} {wname2.first}, {wdob1.dmy}
[[Amoxicilline]] 1 g : 1 cp matin et soir pendant 7 jours
[[Paracétamol]] 1 g si douleur, max 3/j
""",
    ),
    _t(
        "be-mut",
        "attestation mutualité",
        "fr_BE",
        """
Mutualité - Attestation de soins
Bénéficiaire : {wname1.full} - NISS {wnat1.be}
Adresse : {waddr1}
Date des soins : {wdate1.dmy}  Prestataire : Dr {wname2.last} (INAMI {wlic1.cert})
Prestation : [[kinésithérapie]] 9 séances. Remboursement sur {wiban1.be}.
""",
    ),
    _t(
        "ch-avs",
        "attestation AVS",
        "fr_CH",
        """
Caisse de compensation - Attestation
Assuré(e) : {wname1.caps_last_first}    N° AVS : {wnat1.ch}
Né(e) le {wdob1.dmy_dot}    Domicile : {waddr1}
Rente de vieillesse versée dès le {wdate1.dmy_dot} sur le compte {wiban1.ch}.
Conjoint : {wname2.full}. Contact : {wtel1.nat}. Merci, danke, grazie.
""",
    ),
    _t(
        "arzt-de",
        "Arztbrief",
        "de_DE",
        """
Universitätsklinikum - Klinik für Innere Medizin
Sehr geehrte Frau Kollegin {wname1.last},
wir berichten über Ihre Patientin {wname2.full}, geb. {wdob1.dmy_dot}, wohnhaft {waddr1},
die sich vom {wdate1.dmy_dot} bis {wdate2.dmy_dot} in unserer stationären Behandlung befand.
Diagnosen: [[Nicht-ST-Hebungsinfarkt]], [[arterielle Hypertonie]].
Die Tochter, Frau {wname3.first_last} (Tel. {wtel1.nat}), ist bevollmächtigt.
Mit freundlichen kollegialen Grüßen, Dr. med. {wname4.first_last}
""",
    ),
    _t(
        "polizei-de",
        "Strafanzeige",
        "de_DE",
        """
Strafanzeige / Vernehmung - Vorgangsnr. {wcase1}
Am {wdate1.long_de} erschien {wname1.full}, geb. {wdob1.dmy_dot}, wh. {waddr1}, Tel {wtel1.nat},
und gab an: Ihr Nachbar {wname2.first_last} habe ihr Auto (amtl. Kennzeichen {wveh1.plate}) mit einem
Schlüssel zerkratzt. Zeugin: {wname3.first_last}. Delikt: [[Sachbeschädigung]] gem. § 303 StGB.
Sachbearbeiter: POK {wname4.last}
""",
    ),
    _t(
        "kv-de",
        "Krankenkassen-Schreiben",
        "de_DE",
        """
Ihre Krankenversichertennummer: {wins1.kvnr}
{wname1.full}
{waddr1.multi}
{wdate1.long_de}
Sehr geehrte/r {wname1.first_last},
Ihr Antrag auf [[Rehabilitationsleistung]] wurde bewilligt. Bei Rückfragen erreichen Sie Ihre
Sachbearbeiterin {wname2.first_last} unter {wtel1.nat} oder per E-Mail {wmail1.work}.
Steuer-ID zur Mitteilung: {wnat1.de}
""",
    ),
    _t(
        "urlaub-de",
        "Urlaubsantrag",
        "de_DE",
        """
URLAUBSANTRAG
Name, Vorname: {wname1.last_first}      Personalnr.: {wemp1}
Abteilung: Einkauf        Vorgesetzte/r: {wname2.first_last}
Zeitraum: {wdate1.dmy_dot} bis {wdate2.dmy_dot}  Art: [[Sonderurlaub]] (Pflege Angehöriger)
Bemerkung: meine Oma {wname3.first} ist {wage1.de} und hatte einen [[Oberschenkelhalsbruch]].
Erreichbar unter {wtel1.nat}.   Unterschrift: {wname1.initial_last}
""",
    ),
    _t(
        "jugendamt-de",
        "Sozialbericht",
        "de_DE",
        """
Jugendamt - Aktenvermerk Hausbesuch {wdate1.dmy_dot}
Familie {wname1.last}, {waddr1}. Anwesend: KM {wname1.full}, Kinder {wname2.first} (9) und {wname3.first} (3).
KM berichtet, der KV {wname4.full} zahle keinen Unterhalt und halte sich in {wtown1} auf.
Wohnung sauber, Kühlschrank leer. Vermittlung an [[Tafel]] und [[Erziehungsberatung]]. Handy KM: {wtel1.nat}.
Fallnr. {wcase1}. gez. {wname5.initial_last}, SozPäd
""",
    ),
    _t(
        "kyc-de",
        "KYC-Prüfung",
        "de_DE",
        """
KYC-Prüfung Neukunde (VideoIdent)
Name: {wname1.caps_last}, {wname1.first}      Geburtsdatum: {wdob1.dmy_dot}
Ausweis: Reisepass {wpass1.de}      Steuer-ID: {wnat1.de}
Anschrift: {waddr1}
IBAN Referenzkonto: {wiban1.de}
[[PEP-Prüfung]] negativ. Abgleich Sanktionslisten ohne Treffer. Selfie-Abgleich: {wphoto1}
Prüfer/in: {wname2.initial_last}
""",
    ),
    _t(
        "edifact-de",
        "EDIFACT invoice",
        "de_DE",
        """
UNA:+.? '
UNB+UNOC:3+4012345000009:14+4098765000003:14+{wdate1.edifact}:1012+00000471'
UNH+1+INVOIC:D:96A:UN:EAN008'
BGM+380+RE-2026-04471+9'
DTM+137:{wdate1.compact}:102'
NAD+IV+++{wname1.caps_last}:{wname1.caps_first}+{waddr1.street}+{wtown1}++{wzip1}+DE'
CTA+IC+:{wname1.first_last}'
COM+{wtel1.e164}:TE'
FII+RB+{wiban1.de}'
LIN+1++[[4260123456788]]:SRV'
UNT+10+1'
UNZ+1+00000471'
""",
    ),
    _t(
        "at-svnr",
        "Sozialversicherungs-Bestätigung",
        "de_AT",
        """
Österreichische Gesundheitskasse - Versicherungsbestätigung
Versicherte Person: {wname1.full}
Versicherungsnummer: {wnat1.at}     Geburtsdatum: {wdob1.dmy_dot}
Adresse: {waddr1}
Mitversichert: {wname2.full} (Ehegattin). Bestätigt für [[Kuraufenthalt]] ab {wdate1.dmy_dot}.
Rückfragen: {wtel1.nat}
""",
    ),
    _t(
        "ch-de",
        "Austrittsbericht",
        "de_CH",
        """
Austrittsbericht - Spital
Patient: {wname1.first_last}, {wdob1.dmy_dot}, AHV {wnat1.ch}
Eintritt {wdate1.dmy_dot}, Austritt {wdate2.dmy_dot}. Hauptdiagnose: [[Cholezystitis]].
Nachkontrolle beim Hausarzt Dr. {wname2.last}, {waddr1}. Angehörige: {wname3.first} {wname3.last}, Natel {wtel1.nat}.
""",
    ),
    _t(
        "referto-it",
        "referto radiologico",
        "it_IT",
        """
RICHIESTA / REFERTO RADIOLOGICO
Paziente: {wname1.caps_last} {wname1.caps_first}   C.F. {wnat1.it}
Nato/a il {wdob1.dmy} - Residente {waddr1}
Esame: [[RX torace due proiezioni]] eseguito il {wdate1.long_it}
Quesito: febbre e tosse da 10 giorni, sospetta [[polmonite]].
Referto: addensamento basale dx. Medico refertante: Dott.ssa {wname2.first_last}
Tel. reparto per comunicazioni urgenti: {wtel1.nat}
""",
    ),
    _t(
        "sinistro-it",
        "denuncia di sinistro",
        "it_IT",
        """
CONSTATAZIONE AMICHEVOLE - denuncia sinistro n. {wclaim1}
Veicolo A: targa {wveh1.plate}, conducente {wname1.full}, patente {wlic1.dl}
Veicolo B: targa {wveh2.plate}, conducente {wname2.full}, tel. {wtel1.nat}
Data {wdate1.dmy}, luogo: incrocio a {wtown1}. B non ha rispettato lo [[stop]].
Testimone: {wname3.first_last}. Danni: [[paraurti anteriore]].
""",
    ),
    _t(
        "kyc-it",
        "adeguata verifica",
        "it_IT",
        """
QUESTIONARIO ADEGUATA VERIFICA CLIENTELA
Cliente: {wname1.full}   Codice fiscale: {wnat1.it}
Documento: passaporto {wpass1.it}   Data di nascita: {wdob1.dmy}
Residenza: {waddr1}   Cellulare: {wtel1.nat}   PEC: {wmail1}
IBAN: {wiban1.it}
Scopo del rapporto: [[accredito stipendio]]. Titolare effettivo: {wname1.last} stesso.
""",
    ),
    _t(
        "informe-es",
        "informe clínico",
        "es_ES",
        """
INFORME CLÍNICO DE ALTA
Paciente: {wname1.full}     NHC: {wmrn1}     DNI: {wnat1.es}
Fecha de nacimiento: {wdob1.dmy}     Ingreso: {wdate1.long_es}
Motivo: [[dolor torácico]] de características opresivas. Pac. refiere q lleva 2 sem con disnea.
Juicio clínico: [[angina inestable]]. Se avisa a su hija {wname2.first} al {wtel1.nat}.
Médico responsable: Dra. {wname3.last}
""",
    ),
    _t(
        "denuncia-es",
        "denuncia policial",
        "es_ES",
        """
ATESTADO - DENUNCIA n.º {wcase1}
En {wtown1}, a {wdate1.long_es}, comparece D.ª {wname1.full}, con DNI {wnat1.es}, domicilio en
{waddr1} y teléfono {wtel1.nat}, quien manifiesta que su expareja {wname2.full} le ha enviado
mensajes amenazantes desde el número {wtel2.nat}. Hechos: posible [[delito de amenazas]]. Se informa de
la [[orden de protección]].
""",
    ),
    _t(
        "wa-es",
        "chat export",
        "es_ES",
        """
[{wdate1.dmy_short}, 21:03:11] {wname1.first}: tía, al abuelo {wname2.first} le han dado el alta??
[{wdate1.dmy_short}, 21:04:02] {wname3.first_last}: sí!! mañana lo recogemos en el hospi, habitación 412
[{wdate1.dmy_short}, 21:04:40] {wname3.first_last}: el médico dice que fue un [[ictus leve]], ojo con la tensión
[{wdate1.dmy_short}, 21:05:15] {wname1.first}: vale. le llevo a casa, sigue en {waddr1}?
[{wdate1.dmy_short}, 21:05:58] {wname3.first_last}: sí. llámame al {wtel1.nat} cuando llegues
""",
    ),
    _t(
        "kyc-mx",
        "KYC review",
        "es_MX",
        """
EXPEDIENTE DE IDENTIFICACIÓN DEL CLIENTE
Nombre: {wname1.caps}     CURP: {wnat1.mx}
Fecha de nacimiento: {wdob1.dmy}    Celular: {wtel1.nat}
Domicilio: {waddr1}
INE verificada. Pasaporte {wpass1.mx}. Cuenta CLABE/ref: {wacct1}
Notas: cliente dijo "my sister {wname2.first} also wants una cuenta"; [[beneficiario]] registrado.
""",
    ),
    _t(
        "chat-mx",
        "chat transcript",
        "es_MX",
        """
Chat de soporte - {wdate1.dmy}
Cliente: hola, necesito ayuda con mi tarjeta, me hicieron un cargo que no reconozco
Agente: Claro! me confirma su nombre completo?
Cliente: {wname1.full}
Agente: y los últimos dígitos... disculpe, veo la tarjeta {wcard1.mc}
Cliente: sí es esa. the charge is from yesterday, like 3 am, yo estaba dormida lol
Agente: Ok, levantamos [[aclaración]] folio {wcase1}. Le enviamos correo a {wmail1}
""",
    ),
    _t(
        "ar-cuit",
        "formulario de alta",
        "es_AR",
        """
ALTA DE CLIENTE - Persona humana
Apellido y nombre: {wname1.caps_last}, {wname1.first}
CUIT/CUIL: {wnat1.ar}     Fecha de nac.: {wdob1.dmy}
Domicilio: {waddr1}      Tel.: {wtel1.nat}
Condición frente al IVA: [[monotributista]]
Cónyuge: {wname2.full}
""",
    ),
    _t(
        "cl-rut",
        "ficha clínica",
        "es_CL",
        """
FICHA DE ATENCIÓN - SAPU
Paciente: {wname1.full}   RUT: {wnat1.cl}   Edad: 63
Fecha: {wdate1.dmy}   Previsión: FONASA
Motivo: [[crisis hipertensiva]], cefalea. PA 190/110. Se administra [[captopril]].
Acompañante: {wname2.first_last} (hijo), fono {wtel1.nat}. Dirección {waddr1}.
""",
    ),
    _t(
        "co-pqr",
        "queja ciudadana",
        "es_CO",
        """
PQRS radicado {wcase1}
Señores EPS: yo {wname1.full}, identificada con C.C. en archivo, residente en {waddr1}, celular
{wtel1.nat}, presento queja porque a mi mamá {wname2.full} le negaron la [[cita con especialista]]
desde el {wdate1.long_es}. Tiene {wage1.es} años y [[insuficiencia renal]]. Correo: {wmail1}
""",
    ),
    _t(
        "prontuario-br",
        "prontuário",
        "pt_BR",
        """
EVOLUÇÃO MÉDICA - {wdate1.dmy}
Paciente {wname1.full}, CPF {wnat1.br}, prontuário {wmrn1}, nasc. {wdob1.dmy}
Pcte refere dor abdominal em FID há 24h, náuseas. Blumberg +. HD: [[apendicite aguda]].
Conduta: [[apendicectomia videolaparoscópica]]. Esposa {wname2.first} ciente, tel {wtel1.nat}.
Dr. {wname3.first_last} CRM {wlic1.cert}
""",
    ),
    _t(
        "bo-br",
        "boletim de ocorrência",
        "pt_BR",
        """
BOLETIM DE OCORRÊNCIA Nº {wcase1}
Data do fato: {wdate1.long_pt}. Local: {waddr1}.
Vítima: {wname1.full}, CPF {wnat1.br}, celular {wtel1.nat}.
Histórico: a vítima relata que recebeu mensagem de um suposto sobrinho, {wname2.first}, pedindo um
PIX urgente; transferiu R$ 3.500 para a chave {wmail1.of_wname3} em nome de {wname3.full}. [[Golpe do falso parente]].
""",
    ),
    _t(
        "pix-br",
        "fraud case",
        "pt_BR",
        """
ANÁLISE DE FRAUDE - caso {wcase1}
Cliente: {wname1.caps}  conta {wacct1}  agência 0412
Transações PIX contestadas em {wdate1.dmy}: 3x para {wname2.full} (chave celular {wtel1.e164}).
Login a partir do IP {wip1}, dispositivo novo IMEI {wdev1.imei}. Suspeita de [[engenharia social]]. Bloqueio cautelar.
""",
    ),
    _t(
        "pt-nif",
        "requerimento",
        "pt_PT",
        """
Exmo. Senhor Diretor,
{wname1.full}, contribuinte n.º {wnat1.pt}, residente em {waddr1}, vem requerer a [[junta médica]]
para avaliação de incapacidade, em virtude de doença diagnosticada em {wdate1.long_pt}.
Contacto: {wtel1.nat}. IBAN para reembolso: {wiban1.pt}.
Pede deferimento. {wname1.first_last}
""",
    ),
    _t(
        "huisarts-nl",
        "verwijsbrief",
        "nl_NL",
        """
Verwijzing - Huisartsenpraktijk De Linde
Geachte collega,
Graag verwijs ik mevr. {wname1.full}, geb. {wdob1.dmy_dash}, BSN {wnat1.nl}, wonende {waddr1},
naar uw polikliniek i.v.m. [[verdenking mammacarcinoom]]. Zij is bereikbaar op {wtel1.nat}.
Haar partner {wname2.first} gaat mee. Met vriendelijke groet, {wname3.initials}, huisarts
""",
    ),
    _t(
        "uwv-nl",
        "ziekmelding",
        "nl_NL",
        """
Ziekmelding werknemer
Naam: {wname1.last_first}  Personeelsnr {wemp1}  BSN {wnat1.nl}
Eerste ziektedag: {wdate1.long_nl}
Reden (vertrouwelijk, alleen bedrijfsarts): [[burn-out klachten]]
Contact: {wmail1} / {wtel1.nat}   Leidinggevende: {wname2.first_last}
""",
    ),
    _t(
        "be-nl",
        "verzekeringsaangifte",
        "nl_BE",
        """
Aangifte schadegeval nr. {wclaim1}
Verzekerde: {wname1.full}, rijksregisternr. {wnat1.be}, {waddr1}
Op {wdate1.dmy} werd mijn fiets gestolen aan het station van {wtown1}. PV opgesteld door
inspecteur {wname2.last}. [[Fietsdiefstal]]. Terugbetaling op {wiban1.be}. Gsm {wtel1.nat}.
""",
    ),
    _t(
        "epikryza-pl",
        "karta informacyjna leczenia szpitalnego",
        "pl_PL",
        """
Karta informacyjna leczenia szpitalnego - Oddział Chorób Wewnętrznych
Pacjent: {wname1.full}   PESEL: {wnat1.pl}
Adres: {waddr1}
Hospitalizacja od {wdate1.dmy_dot} do {wdate2.dmy_dot}
Rozpoznanie: [[zapalenie płuc]], [[niewydolność oddechowa]]. Pacjent w wieku {wage1} lat, ur. {wdob1.dmy_dot}.
Informacji udzielono córce, p. {wname2.first_last}, tel. {wtel1.nat}.
Lekarz prowadzący: lek. {wname3.first_last}
""",
    ),
    _t(
        "policja-pl",
        "notatka służbowa",
        "pl_PL",
        """
NOTATKA URZĘDOWA
Dnia {wdate1.long_pl} o godz. 22:15 na ul. {waddr1.street} w {wtown1} zatrzymano do kontroli pojazd
marki Opel nr rej. {wveh1.plate}, którym kierował {wname1.full} (PESEL {wnat1.pl}). Badanie alkomatem:
0,9 promila. [[Nietrzeźwość]]. Pasażer {wname2.first_last}. sierż. {wname3.last}
""",
    ),
    _t(
        "kyc-pl",
        "weryfikacja klienta",
        "pl_PL",
        """
Weryfikacja tożsamości klienta (AML)
Imię i nazwisko: {wname1.full}    PESEL: {wnat1.pl}
Dowód osobisty: zweryfikowany. Paszport: {wpass1.pl}
Adres: {waddr1}   Tel.: {wtel1.intl}   E-mail: {wmail1}
Rachunek: {wiban1.pl}
[[Beneficjent rzeczywisty]]: klient. Uwagi: klient mówi po angielsku i po polsku, "my wife {wname2.first} is co-owner".
""",
    ),
    _t(
        "cz-rc",
        "lékařská zpráva",
        "cs_CZ",
        """
LÉKAŘSKÁ ZPRÁVA
Pacient: {wname1.full}, r.č. {wnat1.cz}
Bydliště: {waddr1}
Dne {wdate1.dmy_dot} vyšetřen pro [[bolesti zad]]. Dg: [[lumbago]]. Doporučena RHB.
Kontakt na manželku {wname2.first}: {wtel1.nat}. MUDr. {wname3.last}
""",
    ),
    _t(
        "sk-ins",
        "hlásenie poistnej udalosti",
        "sk_SK",
        """
Hlásenie poistnej udalosti č. {wclaim1}
Poistený: {wname1.full}, tel. {wtel1.nat}, {waddr1}
Dátum udalosti: {wdate1.dmy_dot}. Popis: [[krupobitie]] poškodilo strechu a auto EČV {wveh1.plate}.
Svedok: sused {wname2.first_last}. Číslo účtu: {wiban1.sk}
""",
    ),
    _t(
        "hu-zar",
        "zárójelentés",
        "hu_HU",
        """
ZÁRÓJELENTÉS
Beteg neve: {wname1.last_space_first}   Szül. dátum: {wdob1.ymd_dot}
Lakcím: {waddr1}
Felvétel: {wdate1.ymd_dot}. Diagnózis: [[epekőbetegség]]. Műtét: [[laparoszkópos epehólyag-eltávolítás]].
Hozzátartozó: {wname2.last_space_first}, tel. {wtel1.nat}. Kezelőorvos: Dr. {wname3.last_space_first}
""",
    ),
    _t(
        "ro-cnp",
        "scrisoare medicală",
        "ro_RO",
        """
SCRISOARE MEDICALĂ
Pacient: {wname1.full}, CNP {wnat1.ro}, domiciliat în {waddr1}
Internat în perioada {wdate1.dmy_dot} - {wdate2.dmy_dot} cu diagnosticul [[diabet zaharat tip 2 decompensat]].
Fiica pacientului, {wname2.first_last}, tel. {wtel1.nat}. Medic curant: dr. {wname3.last}
""",
    ),
    _t(
        "bg-egn",
        "епикриза",
        "bg_BG",
        """
ЕПИКРИЗА
Пациент: {wname1.full}, ЕГН {wnat1.bg}
Адрес: {waddr1}
Постъпил на {wdate1.dmy_dot}, изписан на {wdate2.dmy_dot}. Диагноза: [[остър миокарден инфаркт]].
Близък: {wname2.full}, тел. {wtel1.nat}. Лекуващ лекар: д-р {wname3.last}
""",
    ),
    _t(
        "hr-oib",
        "otpusno pismo",
        "hr_HR",
        """
OTPUSNO PISMO
Pacijent: {wname1.full}, OIB {wnat1.hr}, adresa {waddr1}
Hospitaliziran od {wdate1.dmy_dot} do {wdate2.dmy_dot}. Dijagnoza: [[upala pluća]].
Kontakt obitelj: {wname2.first_last}, mob. {wtel1.nat}
""",
    ),
    _t(
        "si-emso",
        "napotnica",
        "sl_SI",
        """
NAPOTNICA
Pacient: {wname1.full}, EMŠO {wnat1.si}
Naslov: {waddr1}, tel. {wtel1.nat}
Datum: {wdate1.dmy_dot}. Razlog: [[sum na kamne v žolčniku]]. Napotni zdravnik: {wname2.first_last}
""",
    ),
    _t(
        "gr-amka",
        "ιατρική γνωμάτευση",
        "el_GR",
        """
ΙΑΤΡΙΚΗ ΓΝΩΜΑΤΕΥΣΗ
Ονοματεπώνυμο: {wname1.full}     ΑΜΚΑ: {wnat1.gr}
Διεύθυνση: {waddr1}     Τηλ.: {wtel1.nat}
Ημερομηνία: {wdate1.dmy}
Διάγνωση: [[σακχαρώδης διαβήτης τύπου 2]]. Συνοδός: {wname2.full}. Ιατρός: {wname3.last}
""",
    ),
    _t(
        "tr-tc",
        "epikriz",
        "tr_TR",
        """
EPİKRİZ
Hasta: {wname1.full}   T.C. Kimlik No: {wnat1.tr}
Doğum tarihi: {wdob1.dmy_dot}   Adres: {waddr1}
Yatış: {wdate1.long_tr}. Tanı: [[akut apandisit]]. Ameliyat sonrası sorun yok.
Yakını: {wname2.full} ({wtel1.nat}). Sorumlu hekim: Dr. {wname3.last}
""",
    ),
    _t(
        "ru-vyp",
        "выписной эпикриз",
        "ru_RU",
        """
ВЫПИСНОЙ ЭПИКРИЗ
Пациент: {wname1.ru}, дата рождения {wdob1.dmy_dot}
Адрес: {waddr1}
Находился на лечении с {wdate1.dmy_dot} по {wdate2.dmy_dot}. Диагноз: [[внебольничная пневмония]].
Сведения сообщены дочери - {wname2.ru_init}, тел. {wtel1.intl}.
Лечащий врач: {wname3.ru_init}
""",
    ),
    _t(
        "ru-chat",
        "chat export",
        "ru_RU",
        """
[{wdate1.dmy_dot} 19:40] {wname1.first}: Мам, папу {wname2.first} положили в больницу, подозрение на [[инсульт]]
[{wdate1.dmy_dot} 19:41] {wname3.first_last}: Господи. Какая больница?? адрес скинь
[{wdate1.dmy_dot} 19:43] {wname1.first}: {waddr1}
[{wdate1.dmy_dot} 19:44] {wname1.first}: врач сказала звонить на {wtel1.nat}, ok? I'm driving now
[{wdate1.dmy_dot} 19:50] {wname3.first_last}: перевела 10к на карту {wcard1.visa}
""",
    ),
    _t(
        "ua-dovidka",
        "медична довідка",
        "uk_UA",
        """
ДОВІДКА
Видана {wname1.ru}, РНОКПП {wnat1.ua}, дата народження {wdob1.dmy_dot},
що проживає за адресою: {waddr1}, у тому, що з {wdate1.dmy_dot} перебував(ла) на лікуванні
з діагнозом [[гострий бронхіт]]. Контакт: {wtel1.intl}. Лікар: {wname2.ru_init}
""",
    ),
    _t(
        "se-journal",
        "journalanteckning",
        "sv_SE",
        """
Journalanteckning - Vårdcentralen
Patient: {wname1.full}, personnummer {wnat1.se}
{wdate1.iso} Besök. Pat söker för [[förmaksflimmer]], hjärtklappning sedan i går. Maken {wname2.first}
följer med. Tel {wtel1.nat}. Adress {waddr1}. Remiss till kardiologen. /{wname3.initials}, leg. läk.
""",
    ),
    _t(
        "no-epikrise",
        "epikrise",
        "no_NO",
        """
EPIKRISE
Pasient: {wname1.full}, fnr. {wnat1.no}
Innlagt {wdate1.dmy_dot}, utskrevet {wdate2.dmy_dot}. Diagnose: [[lårhalsbrudd]].
Pårørende: {wname2.first_last}, tlf {wtel1.nat}. Fastlege: {wname3.last}. Bosted: {waddr1}
""",
    ),
    _t(
        "dk-cpr",
        "udskrivningsbrev",
        "da_DK",
        """
Udskrivningsbrev
Patient: {wname1.full}   CPR-nr.: {wnat1.dk}
Adresse: {waddr1}
Indlagt {wdate1.dmy_dash} med [[KOL-exacerbation]]. Datter {wname2.first} ({wtel1.nat}) er orienteret.
Egen læge: {wname3.first_last}
""",
    ),
    _t(
        "fi-hetu",
        "lähete",
        "fi_FI",
        """
LÄHETE
Potilas: {wname1.last_space_first}   Henkilötunnus: {wnat1.fi}
Osoite: {waddr1}   Puh. {wtel1.nat}
Pvm {wdate1.dmy_nopad}. Syy: [[polven nivelrikko]], kipu lisääntynyt. Lähettävä lääkäri: {wname2.first_last}
""",
    ),
    _t(
        "ee-ik",
        "saatekiri",
        "et_EE",
        """
SAATEKIRI
Patsient: {wname1.full}, isikukood {wnat1.ee}
Elukoht: {waddr1}, tel {wtel1.nat}
Kuupäev: {wdate1.dmy_dot}. Põhjus: [[kõrgvererõhktõbi]]. Arst: {wname2.first_last}
""",
    ),
    _t(
        "lt-asmens",
        "išrašas",
        "lt_LT",
        """
IŠRAŠAS IŠ MEDICINOS DOKUMENTŲ
Pacientas: {wname1.full}, asmens kodas {wnat1.lt}
Adresas: {waddr1}. Tel. {wtel1.nat}
{wdate1.iso} diagnozuota [[lėtinė obstrukcinė plaučių liga]]. Gydytojas {wname2.first_last}
""",
    ),
    _t(
        "lv-izr",
        "izraksts",
        "lv_LV",
        """
IZRAKSTS no slimības vēstures
Pacients: {wname1.full}, dz. {wdob1.dmy_dot}
Adrese: {waddr1}, tālr. {wtel1.nat}
Stacionēts {wdate1.dmy_dot}. Diagnoze: [[akūts apendicīts]]. Ārsts: {wname2.first_last}
""",
    ),
    _t(
        "is-kt",
        "læknabréf",
        "is_IS",
        """
LÆKNABRÉF
Sjúklingur: {wname1.full}, kt. {wnat1.is}
Heimili: {waddr1}, sími {wtel1.nat}
Dags. {wdate1.dmy_dot}: [[lungnabólga]]. Aðstandandi: {wname2.first_last}
""",
    ),
    _t(
        "jp-karte",
        "診療録",
        "ja_JP",
        """
診療録（外来）
患者氏名：{wname1.cjk} 様　生年月日：{wdob1.cjk}
住所：{waddr1}
電話：{wtel1.nat}
受診日：{wdate1.cjk}
主訴：3日前から咳と発熱。[[インフルエンザ]]迅速検査陽性。
処方：[[オセルタミビル]] 75mg 1日2回 5日分。付き添い：{wname2.cjk}（妻）
担当医：{wname3.last}
""",
    ),
    _t(
        "jp-line",
        "chat export",
        "ja_JP",
        """
[LINE] トーク履歴
{wdate1.ymd_slash}
21:02	{wname1.first}	お母さんが入院した。[[骨折]]だって
21:03	{wname2.first}	え、どこの病院？
21:05	{wname1.first}	{waddr1}
21:06	{wname1.first}	病院の番号 {wtel1.nat}
21:10	{wname2.first}	OK、明日行く。thanks
""",
    ),
    _t(
        "cn-bingli",
        "出院小结",
        "zh_CN",
        """
出院小结
姓名：{wname1.cjk}　性别：女　身份证号：{wnat1.cn}
住址：{waddr1}
入院日期：{wdate1.cjk}　出院日期：{wdate2.cjk}
诊断：[[2型糖尿病]]，[[高血压]]。
联系人：{wname2.cjk}（儿子），电话 {wtel1.nat}
主治医师：{wname3.cjk}
""",
    ),
    _t(
        "cn-wechat",
        "chat export",
        "zh_CN",
        """
微信聊天记录 {wdate1.iso}
{wname1.cjk}: 妈妈今天去医院检查了，医生说是[[胆结石]]
{wname2.cjk}: 哪个医院？要不要做手术？
{wname1.cjk}: 先吃药观察。医生电话 {wtel1.nat}
{wname2.cjk}: 好的 我转你2000 支付宝账号是 {wmail1.of_wname1}
{wname1.cjk}: 收到 thx
""",
    ),
    _t(
        "tw-case",
        "個案紀錄",
        "zh_TW",
        """
社工個案紀錄 {wdate1.cjk}
案主：{wname1.cjk}，住址：{waddr1}，電話：{wtel1.nat}
案主表示其配偶{wname2.cjk}失業已半年，家中經濟困難，申請[[急難救助]]。
案號 {wcase1}。社工：{wname3.cjk}
""",
    ),
    _t(
        "kr-rrn",
        "진료기록",
        "ko_KR",
        """
진료기록부
환자명: {wname1.cjk}   주민등록번호: {wnat1.kr}
주소: {waddr1}   연락처: {wtel1.nat}
진료일: {wdate1.ko}
진단: [[급성 위장염]]. 보호자: {wname2.cjk} (배우자)
담당의: {wname3.cjk}
""",
    ),
    _t(
        "kr-kakao",
        "chat export",
        "ko_KR",
        """
{wdate1.ko_dot} 오후 8:12, {wname1.cjk} : 할머니 응급실 가셨대 [[폐렴]] 의심
{wdate1.ko_dot} 오후 8:13, {wname2.cjk} : 헐 어느 병원?
{wdate1.ko_dot} 오후 8:14, {wname1.cjk} : {waddr1}
{wdate1.ko_dot} 오후 8:15, {wname1.cjk} : 병원 번호 {wtel1.nat} ok?
""",
    ),
    _t(
        "th-pin",
        "ใบรับรองแพทย์",
        "th_TH",
        """
ใบรับรองแพทย์
ชื่อ {wname1.full} เลขประจำตัวประชาชน {wnat1.th}
ที่อยู่ {waddr1} โทร {wtel1.nat}
วันที่ตรวจ {wdate1.thai}
ผลการตรวจ: [[ไข้เลือดออก]] ควรพักรักษาตัว 5 วัน
แพทย์ผู้ตรวจ {wname2.full}
""",
    ),
    _t(
        "hi-parcha",
        "डिस्चार्ज सारांश",
        "hi_IN",
        """
डिस्चार्ज सारांश
मरीज़ का नाम: {wname1.full}   आधार: {wnat1.in}
पता: {waddr1}   मोबाइल: {wtel1.nat}
भर्ती तिथि: {wdate1.deva}
निदान: [[डेंगू बुखार]]। मरीज़ के बेटे {wname2.full} को सूचित किया गया। discharge with ORS and rest.
डॉक्टर: {wname3.full}
""",
    ),
    _t(
        "sa-report",
        "تقرير طبي",
        "ar_SA",
        """
تقرير طبي
اسم المريض: {wname1.full}
رقم الملف: {wmrn1}   تاريخ الميلاد: {wdob1.arabic}
العنوان: {waddr1}   الجوال: {wtel1.intl}
التشخيص: [[التهاب الزائدة الدودية]]. تم إبلاغ الأخ {wname2.full}.
الطبيب: {wname3.full}   التاريخ: {wdate1.arabic}
""",
    ),
    _t(
        "eg-police",
        "محضر شرطة",
        "ar_EG",
        """
محضر رقم {wcase1}
بتاريخ {wdate1.arabic} حضر المواطن {wname1.full} المقيم في {waddr1} وهاتفه {wtel1.nat}
وأفاد بأن شخصا يدعى {wname2.full} قام بـ[[سرقة]] هاتفه المحمول IMEI {wdev1.imei}.
""",
    ),
    _t(
        "il-letter",
        "מכתב שחרור",
        "he_IL",
        """
מכתב שחרור
שם המטופל: {wname1.full}   ת.ז. {wnat1.il}
כתובת: {waddr1}   טלפון: {wtel1.nat}
תאריך אשפוז: {wdate1.dmy_dot}
אבחנה: [[דלקת ריאות]]. בת הזוג {wname2.first} עודכנה.
רופא מטפל: ד"ר {wname3.last}
""",
    ),
    _t(
        "ir-nameh",
        "گزارش مددکاری",
        "fa_IR",
        """
گزارش مددکاری اجتماعی
نام مددجو: {wname1.full}   تاریخ: {wdate1.persian}
نشانی: {waddr1}   تلفن: {wtel1.nat}
همسر مددجو، {wname2.full}، بیکار است. درخواست [[کمک معیشتی]] ثبت شد. شماره پرونده {wcase1}
""",
    ),
    _t(
        "id-resume",
        "resume medis",
        "id_ID",
        """
RESUME MEDIS
Nama pasien: {wname1.full}   No. RM: {wmrn1}
Tgl lahir: {wdob1.long_id}   Alamat: {waddr1}
Masuk: {wdate1.dmy}. Diagnosis: [[demam berdarah dengue]]. Pasien pulang dgn kondisi baik.
Keluarga: {wname2.first_last} (suami), HP {wtel1.nat}. Dokter: dr. {wname3.last}
""",
    ),
    _t(
        "vn-giay",
        "giấy ra viện",
        "vi_VN",
        """
GIẤY RA VIỆN
Họ tên người bệnh: {wname1.caps_full}
Địa chỉ: {waddr1}   Điện thoại: {wtel1.nat}
Vào viện: {wdate1.dmy}. Chẩn đoán: [[viêm phổi]]. Người nhà: {wname2.full}
""",
    ),
    _t(
        "za-idnr",
        "clinic referral",
        "zu_ZA",
        """
CLINIC REFERRAL LETTER
Patient: {wname1.full}   ID no: {wnat1.za}
Address: {waddr1}   Cell: {wtel1.nat}
Date: {wdate1.iso}. Sawubona Dr {wname2.last}, please see this patient for [[pulmonary TB]] follow-up;
defaulted treatment for 3 weeks. Next of kin: {wname3.full}.
""",
    ),
    _t(
        "ge-cnoba",
        "სამედიცინო ცნობა",
        "ka_GE",
        """
სამედიცინო ცნობა
პაციენტი: {wname1.full}
მისამართი: {waddr1}   ტელ: {wtel1.nat}
თარიღი: {wdate1.dmy_dot}. დიაგნოზი: [[ჰიპერტენზია]]. ექიმი: {wname2.full}
""",
    ),
    _t(
        "am-teghekank",
        "բժշկական տեղեկանք",
        "hy_AM",
        """
ԲԺՇԿԱԿԱՆ ՏԵՂԵԿԱՆՔ
Հիվանդ՝ {wname1.full}
Հասցե՝ {waddr1}   Հեռ.՝ {wtel1.nat}
Ամսաթիվ՝ {wdate1.dmy_dot}. Ախտորոշում՝ [[շաքարային դիաբետ]]. Բժիշկ՝ {wname2.full}
""",
    ),
    _t(
        "pk-fir",
        "first information report",
        "en_PK",
        """
FIRST INFORMATION REPORT  FIR No. {wcase1}
Complainant: {wname1.full} s/o {wname2.first_last}, r/o {waddr1}, cell {wtel1.intl}
Stated: on {wdate1.dmy} at about 9 pm, two men on a motorcycle (reg {wveh1.plate}) snatched my mobile
phone IMEI {wdev1.imei_dash} and wallet near the bazaar. Offence: [[snatching]]. Aap ko report ki copy mil gayi hai.
""",
    ),
    _t(
        "xml-cda",
        "clinical document (escaped XML)",
        "en_US",
        """
2026-11-10T08:01:22Z INFO interface-engine outbound payload="&lt;ClinicalDocument&gt;&lt;recordTarget&gt;&lt;patientRole&gt;&lt;id extension=&quot;{wmrn1}&quot; root=&quot;2.16.840.1.113883.19.5&quot;/&gt;&lt;addr&gt;{waddr1}&lt;/addr&gt;&lt;telecom value=&quot;tel:{wtel1.e164}&quot;/&gt;&lt;patient&gt;&lt;name&gt;&lt;given&gt;{wname1.first}&lt;/given&gt;&lt;family&gt;{wname1.last}&lt;/family&gt;&lt;/name&gt;&lt;birthTime value=&quot;{wdob1.compact}&quot;/&gt;&lt;/patient&gt;&lt;/patientRole&gt;&lt;/recordTarget&gt;&lt;title&gt;[[Continuity of Care Document]]&lt;/title&gt;&lt;/ClinicalDocument&gt;"
""",
    ),
    _t(
        "fixed-us",
        "fixed-width member extract",
        "en_US",
        """
MEMBERID    LASTNAME            FIRSTNAME      DOB       SSN        PLAN
{wins1}  {wname1.caps_last}  {wname1.caps_first}  {wdob1.compact}  {wssn1.plain}  [[PPO GOLD]]
{wins2}  {wname2.caps_last}  {wname2.caps_first}  {wdob2.compact}  {wssn2.plain}  [[HMO SILVER]]
{wins3}  {wname3.caps_last}  {wname3.caps_first}  {wdob3.compact}  {wssn3.plain}  [[HDHP BRONZE]]
""",
    ),
    _t(
        "tsv-gb",
        "clinic list",
        "en_GB",
        """
Time	Name	DOB	Hosp No	NHS No	Reason
09:00	{wname1.caps_last_first}	{wdob1.dmy}	{wmrn1}	{wnat1.gb}	[[annual diabetic review]]
09:20	{wname2.caps_last_first}	{wdob2.dmy}	{wmrn2}	{wnat2.gb}	[[INR check]]
09:40	{wname3.caps_last_first}	{wdob3.dmy}	{wmrn3}	{wnat3.gb_plain}	dressing change
""",
    ),
    _t(
        "paxlst",
        "passenger manifest (EDIFACT PAXLST)",
        "en_GB",
        """
UNA:+.? '
UNB+UNOA:4+AIRLINE1+APIS+{wdate1.edifact}:0935+000123'
UNH+PAX0001+PAXLST:D:05B:UN:IATA+LH4711/2611101005+01:C'
NAD+FL+++{wname1.caps_last}:{wname1.caps_first}'
ATT+2++M'
DTM+329:{wdob1.edifact}'
LOC+178+LHR'
NAT+2+GBR'
DOC+P:110:111+{wpass1.gb}'
NAD+FL+++{wname2.caps_last}:{wname2.caps_first}'
DTM+329:{wdob2.edifact}'
DOC+P:110:111+{wpass2.de}'
UNT+12+1'
""",
    ),
    _t(
        "md-table",
        "case tracker (pipe table)",
        "en_US",
        """
| Case | Client | Phone | Worker | Status |
|------|--------|-------|--------|--------|
| {wcase1} | {wname1.first_last} | {wtel1.nat} | {wname4.initial_last} | [[housing voucher]] pending |
| {wcase2} | {wname2.last_first} | {wtel2.nat} | {wname4.initial_last} | closed - moved to {wtown1} |
| {wcase3} | {wname3.caps} | {wtel3.e164} | {wname5.initial_last} | [[mental health referral]] |
""",
    ),
    _t(
        "json-log",
        "application event log",
        "en_GB",
        """
{"ts": "{wdate1.isot}", "level": "WARN", "event": "login_failed", "user": "{wmail1}", "ip": "{wip1}", "attempt": 4}
{"ts": "{wdate1.isot}", "level": "INFO", "event": "password_reset", "user": "{wmail1}", "sms_to": "{wtel1.e164}"}
{"ts": "{wdate2.isot}", "level": "INFO", "event": "profile_update", "user": "{wmail1}", "field": "address", "new": "{waddr1}"}
{"ts": "{wdate2.isot}", "level": "INFO", "event": "device_bound", "mac": "{wmac1.colon}", "ip6": "{wip2.v6}", "note": "[[trusted device]]"}
""",
    ),
    _t(
        "syslog-us",
        "system log",
        "en_US",
        """
Nov 10 03:14:07 vpn01 openvpn[2211]: {wname1.handle}/{wip1}:51544 MULTI_sva: pool returned IPv4={wip2.private}
Nov 10 03:14:09 vpn01 openvpn[2211]: {wname1.handle}/{wip1}:51544 peer info: IV_HWADDR={wmac1.colon}
Nov 10 03:20:55 ehr01 audit: user={wname2.handle_under} action=VIEW patient_mrn={wmrn1} reason="[[break the glass]]"
""",
    ),
    _t(
        "mail-fr-en",
        "e-mail thread",
        "fr_FR",
        """
De : {wname1.first_last} {wmail1}
Envoyé : {wdate1.long_fr}
À : {wname2.handle}@cabinet-medical.fr
Objet : TR: résultats de ma mère

Bonjour docteur, I'm writing in English because my French is bad, sorry - ma mère {wname3.full}
(née le {wdob1.dmy}) attend toujours le résultat de sa [[coloscopie]]. Could you call me on {wtel1.intl}?
Merci beaucoup, {wname1.first}

-----Message d'origine-----
Le {wdate2.dmy}, {wname2.first_last} a écrit :
Les résultats seront envoyés par courrier au {waddr1}.
""",
    ),
    _t(
        "complaint-gb",
        "complaint letter",
        "en_GB",
        """
{waddr1.multi}
{wdate1.long_gb}

FAO: the Patient Advice and Liaison Service (PALS)

Dear Sir or Madam,
I am writing to complain about the care my late husband, {wname1.full} (hospital number {wmrn1}),
received on Ward 12. He was {wage1} and had [[vascular dementia]]; he was left without water for
hours. The nurse in charge, {wname2.first}, told me it was "not her job". Please contact me on
{wtel1.nat} or {wmail1.of_wname3}.
Yours faithfully, {wname3.full}
""",
    ),
    _t(
        "ladung-de",
        "Ladung zum Gerichtstermin",
        "de_DE",
        """
Amtsgericht - Ladung
In dem Rechtsstreit {wname1.full} ./. {wname2.full}, Az. {wcase1}
werden Sie, Herr {wname3.first_last}, {waddr1}, als Zeuge zum Termin am {wdate1.long_de}, 10:30 Uhr,
Saal 114, geladen. Gegenstand: [[Verkehrsunfall]] vom {wdate2.dmy_dot}, Fahrzeug {wveh1.plate}.
""",
    ),
    _t(
        "nacimiento-es",
        "inscripción de nacimiento",
        "es_ES",
        """
INSCRIPCIÓN DE NACIMIENTO - Registro Civil
Nacido/a: {wname1.full}    Fecha: {wdate1.long_es}, 04:12 h
Lugar: Hospital Universitario, {wtown1}
Madre: {wname2.full}, DNI {wnat1.es}     Padre: {wname3.full}, NIE {wnat2.es}
Domicilio familiar: {waddr1}
[[Peso al nacer]] 3.240 g.
""",
    ),
    _t(
        "hl7-mx",
        "HL7 ADT message",
        "es_MX",
        """
MSH|^~\\&|HIS|HOSPGEN|LAB|HOSPGEN|{wdate1.hl7t}||ADT^A01|A0192|P|2.4
PID|1||{wmrn1}^^^HG^MR~{wnat1.mx}^^^RENAPO^NI||{wname1.hl7}||{wdob1.compact}|F|||{waddr1.street}^^{wtown1}^^{wzip1}^MEX||{wtel1.digits}
NK1|1|{wname2.hl7}|HIJ|||{wtel2.digits}
DG1|1||K35.8^[[apendicitis aguda]]^I10
""",
    ),
    _t(
        "fhir-bundle-gb",
        "FHIR bundle",
        "en_GB",
        """
{"resourceType": "Bundle", "type": "collection", "entry": [
 {"resource": {"resourceType": "Patient", "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "{wnat1.gb_plain}"}],
   "name": [{"use": "official", "family": "{wname1.caps_last}", "given": ["{wname1.first}"], "prefix": ["Mrs"]}],
   "birthDate": "{wdob1.iso}", "telecom": [{"system": "phone", "value": "{wtel1.nat}"}]}},
 {"resource": {"resourceType": "RelatedPerson", "name": [{"text": "{wname2.full}"}], "relationship": [{"text": "[[next of kin]]"}],
   "telecom": [{"system": "email", "value": "{wmail1.of_wname2}"}]}},
 {"resource": {"resourceType": "Device", "serialNumber": "{wdev1}", "udiCarrier": [{"carrierHRF": "{wdev2.udi}"}]}}
]}
""",
    ),
    _t(
        "csv-de",
        "Kundenliste (CSV)",
        "de_DE",
        """
Kundennr;Nachname;Vorname;Geburtsdatum;Straße;PLZ;Ort;IBAN;Telefon
{wacct1.cust};{wname1.last};{wname1.first};{wdob1.dmy_dot};{waddr1.street};{wzip1};{wtown1};{wiban1.de_plain};{wtel1.nat}
{wacct2.cust};{wname2.last};{wname2.first};{wdob2.dmy_dot};{waddr2.street};{wzip2};{wtown2};{wiban2.de_plain};{wtel2.nat}
""",
    ),
    _t(
        "ocr-de",
        "OCR-Scan Befund",
        "de_DE",
        """
[OCR] Seite 1
Radiologische Gemeinschaftspraxis - Befundbericht
Patientin: {wname1.ocr}   geb. {wdob1.ocr}
Untersuchung vom {wdate1.dmy_dot}: [[MRT Kniegelenk links]]
Befund: Komplexriss des Innenmeniskus-Hinterhorns.
Überweiser: Dr. {wname2.last}   Tel. {wtel1.nat}
""",
    ),
    _t(
        "bank-gb",
        "bank statement",
        "en_GB",
        """
STATEMENT  {wdate1.dmy} to {wdate2.dmy}
{wname1.caps_full}
{waddr1.multi}
Sort code / account: {wacct1.uk}      IBAN {wiban1.gb}
Date        Description                               Out        In
{wdate1.dmy}  FPI {wname2.caps_last} {wname2.caps_first} RENT          650.00
{wdate2.dmy}  CARD {wcard1.mc_dash} [[TESCO STORES]]             43.17
""",
    ),
    _t(
        "loan-in",
        "loan application",
        "en_IN",
        """
PERSONAL LOAN APPLICATION FORM (retail)
Applicant: {wname1.full}   Father's name: {wname2.full}
DOB: {wdob1.dmy}   Aadhaar: {wnat1.in}   Mobile: {wtel1.intl}
Address: {waddr1}
Employer: IT services, employee code {wemp1}
Salary a/c: {wacct1}   Purpose: [[sister's wedding]]
Co-applicant: {wname3.full}, email {wmail1.of_wname3}
""",
    ),
    _t(
        "adjuster-us",
        "insurance adjuster narrative",
        "en_US",
        """
Adjuster notes - claim {wclaim1}
{wdate1.mdy}: Spoke w/ insured {wname1.first_last} at {wtel1.nat}. States kitchen fire started from
[[unattended cooking]]. Tenant upstairs, {wname2.full}, also had smoke damage - advised to contact her own carrier.
{wdate2.mdy}: Site inspection at {waddr1}. Contractor {wname3.last} est. USD 48k. Recorded statement taken.
Mortgagee: acct {wacct1}. Reserve set. [[Subrogation]] not indicated.
""",
    ),
    _t(
        "bodycam-us",
        "body camera transcript",
        "en_US",
        """
BWC transcript - Ofc {wname1.last} - {wdate1.isot}
OFC: Sir, can I get your name?
SUBJ: {wname2.first}. {wname2.first_last}.
OFC: Date of birth?
SUBJ: {wdob1.mdy_nopad}... man I didn't do nothing
OFC: Is this your car? The grey Nissan, {wveh1.plate}?
SUBJ: It's my cousin's, {wname3.first}'s.
OFC: Dispatch, run a 10-28 on {wveh1.plate_nospace}. [[Traffic stop]] at {waddr1.street}.
""",
    ),
    _t(
        "911-us",
        "emergency call transcript",
        "en_US",
        """
CAD INCIDENT {wcase1}   {wdate1.isot}
CALLER: my neighbor's not answering, she's like {wage1}, I can see her on the floor through the window
CALL-TAKER: What's the address?
CALLER: {waddr1}
CALL-TAKER: Her name?
CALLER: {wname1.first_last}. I'm {wname2.first}, my number's {wtel1.nat}
CALL-TAKER: Units are on the way. [[Do not move her]].
ANI/ALI: {wtel1.e164}  {wgeo1.dec}
""",
    ),
    _t(
        "devreg-us",
        "device registration",
        "en_US",
        """
Glucose monitor registration
User: {wname1.first_last}  Email: {wmail1}  Phone: {wtel1.e164}
Reader serial {wdev1}  Face-unlock template {wbio1}  Sensor lot/serial {wdev2}
Phone app MAC {wmac1.upper}  IMEI {wdev3.imei}
Prescriber: {wname2.first_last}, NPI {wlic1.npi}   Registered {wdate1.isot}
Product: [[continuous glucose monitor]]
""",
    ),
    _t(
        "vm-fr",
        "transcription de messagerie",
        "fr_FR",
        """
Message vocal du {wdate1.dmy} - numéro {wtel1.nat}
« Oui bonjour, c'est {wname1.first_last}, je vous appelle pour ma mère, {wname2.full}, elle a
rendez-vous pour son [[échographie cardiaque]] mais elle ne pourra pas venir, elle a {wage1.fr} ans
vous savez... rappelez-moi au {wtel2.nat}, merci. »
""",
    ),
    _t(
        "sms-de",
        "SMS-Verlauf",
        "de_DE",
        """
{wdate1.dmy_dot} 07:58 {wname1.first}: Bin mit Papa in der Notaufnahme, V.a. [[Herzinfarkt]]
{wdate1.dmy_dot} 07:59 Ich: Oh nein! Welche Klinik?
{wdate1.dmy_dot} 08:01 {wname1.first}: {waddr1}, Station 3B
{wdate1.dmy_dot} 08:02 {wname1.first}: ruf Onkel {wname2.first} an: {wtel1.nat}. sorry, no time to call, I'm so stressed
""",
    ),
    _t(
        "roentgen-de",
        "Röntgenanforderung",
        "de_DE",
        """
ANFORDERUNG RADIOLOGIE
Patient: {wname1.caps_last}, {wname1.first}   geb. {wdob1.dmy_dot}   Fallnr. {wmrn1}
Untersuchung: [[Röntgen Thorax p.a. und seitlich]]
Fragestellung: Pneumonie? Pleuraerguss?  Schwangerschaft: ausgeschlossen
Anford. Arzt: {wname2.initial_last}, Tel. {wtel1.nat}, Datum {wdate1.dmy_dot}
""",
    ),
    _t(
        "permiso-es",
        "solicitud de permiso",
        "es_ES",
        """
SOLICITUD DE PERMISO RETRIBUIDO
Trabajador/a: {wname1.full}    N.º empleado: {wemp1}
Motivo: [[hospitalización de familiar]] de primer grado ({wname2.full}, padre)
Fechas: del {wdate1.dmy} al {wdate2.dmy}
Teléfono de contacto: {wtel1.nat}. Firmado en {wtown1}.
""",
    ),
    _t(
        "teams-de",
        "Chatprotokoll",
        "de_DE",
        """
[{wdate1.dmy_dot} 10:02] {wname1.first_last}: Kannst du den Fall von Frau {wname2.last} übernehmen? Sie ruft ständig an
[{wdate1.dmy_dot} 10:03] {wname3.first_last}: klar, send me the details
[{wdate1.dmy_dot} 10:04] {wname1.first_last}: Vertragsnr {wclaim1}, Tel {wtel1.nat}, sie will [[Kündigung]] wegen Umzug nach {wtown1}
[{wdate1.dmy_dot} 10:05] {wname3.first_last}: ok, ich ruf sie nach dem Mittag an
""",
    ),
    _t(
        "x12-835",
        "remittance advice",
        "en_US",
        """
ST*835*0001~
BPR*I*412.50*C*ACH*CCP*01*999999992*DA*{wacct1.us}*1512345678**01*999988880*DA*98765*{wdate1.x12}~
TRN*1*12345*1512345678~
CLP*{wclaim1}*1*1250*412.5**12*{wclaim2}~
NM1*QC*1*{wname1.caps_last}*{wname1.caps_first}****MI*{wins1}~
NM1*82*1*{wname2.caps_last}*{wname2.caps_first}****XX*{wlic1.npi}~
DTM*232*{wdate2.x12}~
CAS*CO*45*837.50~
SE*9*0001~
""",
    ),
    _t(
        "labreq-br",
        "requisição de exames",
        "pt_BR",
        """
REQUISIÇÃO DE EXAMES LABORATORIAIS
Paciente: {wname1.caps}   CPF: {wnat1.br}   Cartão SUS: {wins1}
Data: {wdate1.dmy}
Exames: [[hemograma completo]], [[TSH]], glicemia de jejum
Solicitante: Dra. {wname2.first_last}, CRM {wlic1.cert}   Tel. {wtel1.nat}
""",
    ),
    _t(
        "radio-fr",
        "demande d'examen radiologique",
        "fr_FR",
        """
DEMANDE D'EXAMEN D'IMAGERIE MÉDICALE - urgences
Patient : {wname1.caps_last} {wname1.first} - né(e) le {wdob1.dmy} - IPP {wmrn1}
Examen : [[scanner abdomino-pelvien injecté]]
Renseignements : douleur FID, CRP 120, suspicion d'abcès. Créat OK.
Demandeur : Dr {wname2.first_last}, bip {wtel1.nat}. Date : {wdate1.dmy}
""",
    ),
    _t(
        "leave-in",
        "HR leave request",
        "en_IN",
        """
Subject: Leave application - {wname1.first_last} ({wemp1})
Respected Sir/Madam,
I request [[medical leave]] from {wdate1.dmy} to {wdate2.dmy} as my mother {wname2.full} is admitted
for [[bypass surgery]]. Kindly approve. Contact: {wtel1.nat}, {wmail1}.
Thanking you, {wname1.full}
""",
    ),
    _t(
        "kyc-sg",
        "KYC review",
        "en_GB",
        """
ENHANCED DUE DILIGENCE - corporate director
Director: {wintl1.roman}  (as written in passport: {wintl1.native})
Passport {wpass1.cn}  DOB {wdob1.dmy}
Residential address (declared): {waddr1}
Contact: {wtel1.intl}  {wmail1.of_wintl1}
[[Source of wealth]]: property sales. Adverse media: none. Screened by {wname1.initial_last}.
""",
    ),
    _t(
        "ukdl-gb",
        "fleet driver record",
        "en_GB",
        """
FLEET DRIVER LICENCE CHECK
Driver: {wname1.caps_last_first}   Licence no: {wlic1.ukdl}
DOB: {wdob1.dmy}   Address on licence: {waddr1}
Endorsements: SP30 x1. Vehicle allocated: {wveh1.plate}. [[DVLA check code]] verified {wdate1.dmy}.
Line manager: {wname2.first_last}, {wtel1.nat}
""",
    ),
    _t(
        "genealogy-us",
        "family history note",
        "en_US",
        """
Family tree notes (shared doc)
- Great-grandma {wname1.full}, still sharp at {wage1}! b. {wdob1.long_en}, moved from {wtown1} to the care home {wdate1.long_en}
- her son {wname2.full} married {wname3.full}
- cousin {wname4.first_last} has the [[family Bible]], email {wmail1.of_wname4}
- DNA match via {wurl1}
""",
    ),
    _t(
        "dz-certif",
        "certificat médical",
        "fr_DZ",
        """
CERTIFICAT MÉDICAL
Je soussigné Dr {wname1.first_last}, certifie avoir examiné ce jour {wdate1.dmy} M. {wname2.caps_last} {wname2.first},
demeurant {waddr1}, tél {wtel1.nat}, qui présente une [[entorse de la cheville]] droite.
Repos de 10 jours. Le patient m'a dit "khouya rani ma nqderch nemchi" - il ne peut pas marcher.
Son frère {wname3.first} l'accompagne.
""",
    ),
    _t(
        "mk-izv",
        "извештај од лекар",
        "mk_MK",
        """
ИЗВЕШТАЈ ОД ЛЕКАР СПЕЦИЈАЛИСТ
Пациент: {wname1.full}, роден {wdob1.dmy_dot}
Адреса: {waddr1}, тел. {wtel1.nat}
Дијагноза: [[хипертензија]]. Контрола за 3 месеци. Придружник: {wname2.full}
Лекар: д-р {wname3.last}
""",
    ),
    _t(
        "az-arayis",
        "tibbi arayış",
        "az_AZ",
        """
TİBBİ ARAYIŞ
Xəstə: {wname1.full}   Doğum tarixi: {wdob1.dmy_dot}
Ünvan: {waddr1}   Telefon: {wtel1.nat}
Diaqnoz: [[kəskin bronxit]]. Tarix: {wdate1.dmy_dot}. Həkim: {wname2.first_last}
""",
    ),
    _t(
        "np-discharge",
        "डिस्चार्ज विवरण",
        "ne_NP",
        """
डिस्चार्ज विवरण
बिरामीको नाम: {wname1.full}
ठेगाना: {waddr1}   सम्पर्क: {wtel1.nat}
भर्ना मिति: {wdate1.deva}
रोग निदान: [[टाइफाइड ज्वरो]]। आफन्त: {wname2.full}। follow-up after one week.
""",
    ),
    _t(
        "bd-chharpatra",
        "ছাড়পত্র",
        "bn_BD",
        """
হাসপাতাল ছাড়পত্র
রোগীর নাম: {wname1.full}
ঠিকানা: {waddr1}   মোবাইল: {wtel1.nat}
ভর্তির তারিখ: {wdate1.dmy}
রোগ নির্ণয়: [[ডায়রিয়া]]। অভিভাবক: {wname2.full}
""",
    ),
    _t(
        "ta-note",
        "clinical note",
        "ta_IN",
        """
OP note {wdate1.dmy} - நோயாளி: {wname1.full}, வயது 61
முகவரி: {waddr1}, phone {wtel1.nat}
c/o காய்ச்சல் 4 days, body pain. Son {wname2.full} says sugar control illa.
Imp: [[viral fever]], [[T2DM]]. Adv: CBC, dengue NS1. Review tomorrow. Dr. {wname3.last}
""",
    ),
    _t(
        "mr-takrar",
        "पोलीस तक्रार",
        "mr_IN",
        """
तक्रार अर्ज - पोलीस ठाणे
तक्रारदार: {wname1.full}, राहणार {waddr1}, मोबाईल {wtel1.nat}
दिनांक {wdate1.deva} रोजी माझी मोटारसायकल क्र. {wveh1.plate} चोरीला गेली. संशयित: {wname2.full}.
गुन्हा: [[वाहन चोरी]]. Case no. {wcase1}
""",
    ),
    _t(
        "yo-pastoral",
        "pastoral care note",
        "yo_NG",
        """
Pastoral care visit - {wdate1.dmy}
Visited Baba {wname1.last} ({wname1.full}) at home, {waddr1}. E kaaro sir! He is {wage1} and bedridden
since the [[stroke]]. Daughter {wname2.first_last} ({wtel1.intl}) is caregiver, says the NHIS card
number is {wins1} but the hospital rejected it. Prayed with family. Follow up with [[welfare committee]].
""",
    ),
    _t(
        "ha-sms",
        "SMS thread",
        "ha_NG",
        """
{wtel1.intl} {wdate1.dmy} 18:20: Sannu {wname1.first}, Mama {wname2.last} tana asibiti, [[zazzabin cizon sauro]]
{wtel1.intl} {wdate1.dmy} 18:21: please send money to {wname3.full} account {wacct1}
{wtel2.intl} {wdate1.dmy} 18:40: Na tura. Ina asibitin? Address?
{wtel1.intl} {wdate1.dmy} 18:42: {waddr1}
""",
    ),
    _t(
        "ga-litir",
        "litir scoile",
        "ga_IE",
        """
A thuismitheoir/chaomhnóir a chara,
Maidir le {wname1.full}, Rang 5. Ar an {wdate1.dmy}, ghortaigh {wname1.first} a lámh sa chlós.
Cuireadh fios ar a mháthair, {wname2.full}, ag {wtel1.nat}. Tá [[tuairisc timpiste]] líonta.
Seoladh baile ar chomhad: {waddr1}.
Is mise, {wname3.initial_last}, Príomhoide
""",
    ),
    _t(
        "uz-kyc",
        "mijozni identifikatsiya qilish",
        "uz_UZ",
        """
MIJOZNI IDENTIFIKATSIYA QILISH ANKETASI
F.I.Sh.: {wname1.caps_last} {wname1.first}
Tug'ilgan sana: {wdob1.dmy_dot}   Pasport: {wpass1.ua}
Manzil: {waddr1}   Tel: {wtel1.intl}   E-mail: {wmail1}
[[Daromad manbai]]: ish haqi. Tekshiruvchi: {wname2.initial_last}
""",
    ),
    _t(
        "th-hotel",
        "hotel incident report",
        "en_TH",
        """
GUEST INCIDENT REPORT - Resort
Date {wdate1.dmy} 23:10. Guest {wname1.caps_last_first} (room 1412, passport {wpass1.gb}) slipped at pool deck,
[[laceration to forehead]]. Taken by hotel car to hospital, HN {wmrn1}. Travel companion {wname2.full},
mobile {wtel1.intl}. Guest's insurer claim ref {wclaim1}. Staff on duty: K. {wname3.first}
Hotel address for insurer: {waddr1}
""",
    ),
    _t(
        "sw-chw",
        "community health worker log",
        "sw",
        """
Ripoti ya mhudumu wa afya ya jamii - {wdate1.dmy}
Mteja: {wname1.full}, anaishi {waddr1}, simu {wtel1.intl}
Mama mjamzito, wiki 30. Amesema anaumwa kichwa sana - [[shinikizo la damu]]? Nimempeleka zahanati.
Mume wake {wname2.first} hakuwepo. Next visit wiki ijayo. CHW: {wname3.first_last}
""",
    ),
    _t(
        "sw-spanglish",
        "social work case note",
        "es_MX",
        """
Nota de caso - trabajadora social {wname1.initial_last} - {wdate1.mdy}
Visité a la Sra. {wname2.full} en su apartment en {waddr1}. She says her landlord {wname3.last} wants
to evict them porque se atrasó con la renta. Su hijo {wname4.first} (10) tiene [[asma]] y se le acabó el
inhaler. Le di info de [[rental assistance]]. Tel de la señora: {wtel1.nat}. Case # {wcase1}
""",
    ),
    _t(
        "ocr-fax-us",
        "OCR'd fax",
        "en_US",
        """
[OCR p1] FAX FR0M: {wfax1.nat}   T0: UTILIZATI0N REVIEW
PRI0R AUTH0RIZATI0N REQUEST
Member: {wname1.ocr}   ID: {wins1}   D0B: {wdob1.ocr}
Provider: {wname2.first_last}  NPI {wlic1.npi}
Service: [[MRI lumbar spine without contrast]]  Dx: M54.16
Ca11back: {wtel1.nat}
""",
    ),
    _t(
        "ch-chat",
        "chat export",
        "de_CH",
        """
[{wdate1.dmy_dot}, 18:01] {wname1.first}: Hoi zäme, s'Grosi {wname2.first} isch im Spital, [[Hüftfraktur]]
[{wdate1.dmy_dot}, 18:03] {wname3.first}: Oh nei! Weles Spital?
[{wdate1.dmy_dot}, 18:04] {wname1.first}: Kantonsspital, Zimmer 214. D'Nummer vo de Station: {wtel1.nat}
[{wdate1.dmy_dot}, 18:05] {wname3.first}: ok, I'll go tomorrow after work. Wohnt si no a de {waddr1.street}?
""",
    ),
    _t(
        "banner-us",
        "EHR header banner",
        "en_US",
        """
{wname1.caps_last_first_all}|MRN#{wmrn1}|{wage1}y|DOB:{wdob1.compact}|F|ph:{wtel1.digits}/alt:{wtel2.digits}|PCP:{wname2.last_initial}|ALLERGY:[[sulfa]]|CODE STATUS:[[DNR/DNI]]
pt is very HOH - speak to niece {wname3.lower} (POA) first, she lives at {waddr1.caps}
""",
    ),
    _t(
        "netops-us",
        "network change record",
        "en_US",
        """
CHG0091 - replace clinic printer switch
edge-sw-04#show mac address-table | i {wmac1.cisco}
 12   {wmac1.cisco}   DYNAMIC   Gi1/0/17
Port Gi1/0/17 assigned to workstation of {wname1.first_last} (badge {wemp1}); DHCP lease {wip1.private}
Reviewer: {wname2.handle} - [[approved in CAB]]
""",
    ),
    _t(
        "missing-gb",
        "missing person report",
        "en_GB",
        """
MISSING PERSON - HIGH RISK   Ref {wcase1}
{wname1.full} (aged {wage1.en}), [[dementia]], left {waddr1} on foot on {wdate1.long_gb}.
Last seen near {wtown1}, phone pinged at {wgeo1.dms}. Wearing a brown coat. Son {wname2.first_last} on {wtel1.nat}.
Carer {wname3.first} says he "always talks about going back to {wtown2}".
""",
    ),
    _t(
        "jp-shiharai",
        "決済照会",
        "ja_JP",
        """
カード不正利用調査票
会員氏名：{wname1.cjk} 様
カード番号：{wcard1.jcb}
利用日：{wdate1.cjk}　利用場所：海外オンライン
連絡先：{wtel1.nat}　メール：{wmail1}
[[不正利用]]の可能性あり。調査番号 {wcase1}
""",
    ),
    _t(
        "cn-zhifu",
        "支付争议",
        "zh_CN",
        """
客户争议登记
客户：{wname1.cjk}　卡号：{wcard1.unionpay}
交易日期：{wdate1.cjk}　金额：¥3,200
客户称该笔交易非本人操作，[[盗刷]]。联系电话 {wtel1.nat}，IP {wip1}
处理人：{wname2.cjk}
""",
    ),
    _t(
        "nl-bank",
        "incassoklacht",
        "nl_NL",
        """
Klacht onterechte incasso - dossier {wcase1}
Klant: {wname1.full}, {waddr1}, IBAN {wiban1.nl}
Op {wdate1.long_nl} is EUR 89,95 afgeschreven door een onbekende partij. Klant belde vanaf {wtel1.nat}.
Zus {wname2.first} heeft volmacht. [[Storneren]] aangevraagd.
""",
    ),
    _t(
        "se-forsak",
        "skadeanmälan",
        "sv_SE",
        """
Skadeanmälan {wclaim1}
Försäkringstagare: {wname1.full}, personnummer {wnat1.se}
Skadedatum {wdate1.long_sv}. Inbrott i förrådet, [[cykelstöld]]. Grannen {wname2.first_last} såg en bil med reg.nr {wveh1.plate}.
Ersättning till {wiban1.se}. Tel {wtel1.nat}
""",
    ),
    _t(
        "es-banco",
        "reclamación bancaria",
        "es_ES",
        """
Reclamación n.º {wcase1}
Titular: {wname1.full} - NIF {wnat1.es}
Cuenta: {wiban1.es}
El {wdate1.long_es} se realizaron 3 cargos con la tarjeta {wcard1.visa_dash} que el titular no reconoce ([[phishing]] por SMS).
Contacto: {wtel1.nat} / {wmail1}
""",
    ),
    _t(
        "at-polizze",
        "Schadensmeldung",
        "de_AT",
        """
Schadensmeldung Kfz - Polizze {wclaim1}
Versicherungsnehmerin: {wname1.full}, {waddr1}
Unfall am {wdate1.long_de} in {wtown1}: Auffahrunfall, [[Blechschaden]]. Gegner: {wname2.full}, Kennzeichen {wveh1.plate}.
FIN unseres Fahrzeugs: {wveh2.vin}. Auszahlung auf {wiban1.at}. Tel. {wtel1.nat}
""",
    ),
    _t(
        "tr-sikayet",
        "şikâyet dilekçesi",
        "tr_TR",
        """
CUMHURİYET BAŞSAVCILIĞINA
Şikâyetçi: {wname1.full}, T.C. {wnat1.tr}, Adres: {waddr1}, Tel: {wtel1.nat}
Şüpheli: {wname2.full}
Olay: {wdate1.long_tr} tarihinde şüpheli, hesabımdan ({wiban1.tr}) izinsiz para transferi yapmıştır. [[Nitelikli dolandırıcılık]].
""",
    ),
    _t(
        "ro-plangere",
        "plângere penală",
        "ro_RO",
        """
Către Parchetul de pe lângă Judecătoria
Subsemnata {wname1.full}, CNP {wnat1.ro}, domiciliată în {waddr1}, tel. {wtel1.nat},
formulez plângere împotriva numitului {wname2.full} pentru [[înșelăciune]]: la {wdate1.dmy_dot} i-am transferat
suma de 4.000 lei în contul {wiban1.ro} pentru un autoturism inexistent.
""",
    ),
    _t(
        "gr-astynomia",
        "καταγγελία",
        "el_GR",
        """
ΚΑΤΑΓΓΕΛΙΑ
Ο/Η καταγγέλλων/ουσα {wname1.full}, ΑΜΚΑ {wnat1.gr}, κάτοικος {waddr1}, τηλ. {wtel1.nat},
καταγγέλλει ότι στις {wdate1.dmy} ο {wname2.full} του απέσπασε χρήματα με [[απάτη]] μέσω τραπεζικού λογαριασμού {wiban1.gr}.
""",
    ),
]

# W's templates use only W's slots; these shapes satisfy check_split.
W_SHAPES: dict[str, Sequence[str]] = {
    "mrn": ("W-#######",),
    "plan": ("W-#######",),
    "claim": ("W-#######",),
    "account": ("W-#######",),
    "licence": ("W-#######",),
    "reg": ("W-#######",),
    "cert": ("WC-#####",),
    "serial": ("WS-########",),
}

SPLIT = Split(
    name="heldout_w",
    templates=TEMPLATES,
    seeds=range(84380001, 84380401),
    locales=(("en_US", 3), ("en_GB", 1)),
    name_countries=("DE", "FR", "IT", "NG", "IN", "BR"),
    id_countries=(),
    shapes=W_SHAPES,
    date_formats=("%d/%m/%Y",),
)
