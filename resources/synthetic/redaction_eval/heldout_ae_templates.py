"""Held-out AE (session 46): charities, gambling, sport, retail, farming, crews, civic
life and academic publishing, beside the issue's eight document types.

Written by an author barred from the redactor, its results and every other split's text.
Values come from ae_forms.py; dates count back from AE_TODAY and nothing reads the clock.
"""

from __future__ import annotations

import datetime

from resources.synthetic.redaction_eval.ae_forms import SCHEMES
from resources.synthetic.redaction_eval.generator import Split, Template

AE_TODAY = datetime.date(2026, 12, 27)

T = Template
TEMPLATES: list[Template] = [
    # --- The eight document types -------------------------------------------------
    T(
        "ae-clin-1",
        "clinical note (sports medicine clinic)",
        """\
SPORTS MEDICINE CLINIC - PROGRESS NOTE
Athlete: {aeppl1.caps_last_first}   DOB {aebirth1.dmy}   Hosp no. {aemrn1}
Seen {aeday1.long} by Dr {aeppl2.initials} after a fall at the velodrome in {aetown1}.
Complains of [[left shoulder pain]], worse on abduction. [[Ibuprofen 400 mg]] PRN.
Plan: [[MRI shoulder]] if no better in 10/7. Contact mob. {aetel1}.
""",
    ),
    T(
        "ae-clin-2",
        "clinical note (ship's doctor)",
        """\
ms vessel medical log / clinical note
crew member {aeppl1.lower}, engine rating, seafarer book {aelic1.seafarer}
date of consult: {aeday1.iso}
presented with [[sea sickness]] and dehydration; given [[promethazine 25 mg]] IM.
next of kin on file: {aeppl2.full}, tel {aetel1.bare}
signed, {aeppl3.first_initial} (ship's medical officer)
""",
    ),
    T(
        "ae-clin-3",
        "clinical note (anti-doping follow-up)",
        """\
Note written after the doping control of {aeppl1.first_last} ({aeday1.dot}).
The athlete declared [[salbutamol inhaler]] and [[cetirizine]] on the control form
(form ref {aeref1.doping}). Therapeutic use exemption pending with the federation.
Reviewed by {aeppl2.last_first}, team physician, registration {aelic1.medic}.
""",
    ),
    T(
        "ae-dis-1",
        "discharge summary (marathon medical tent transfer)",
        """\
DISCHARGE SUMMARY
Name: {aeppl1.last_first_middle}
MRN: {aemrn1}        Race bib: {aeref1.race}
Admitted: {aeday1.mon} from the finish-line medical tent with [[exertional heat stroke]].
Core temp 41.2 on arrival; cooled, [[normal saline]] 2 L.
Discharged: {aeday2.mon} to home, {aestreet1.full}.
GP informed by fax {aefax1}. Follow up in [[sports cardiology clinic]].
""",
    ),
    T(
        "ae-dis-2",
        "discharge summary (farm injury)",
        """\
Summary of discharge / Entlassungsbericht
Patient {aeppl1.caps_last_space_first}, geb. {aebirth1.de}, aged {aeold1} at admission
Versichertennummer {aebene1}
Crush injury of right hand in a [[baler]] on his farm near {aetown1}.
Treated with [[K-wire fixation]]; discharged {aeday1.dot}.
Family contact: daughter {aeppl2.first_last}, {aemail1}
""",
    ),
    T(
        "ae-rad-1",
        "radiology request (club physio)",
        """\
RADIOLOGY REQUEST FORM
Patient: {aeppl1.full}    D.O.B.: {aebirth1.dmy}    NHS/ID: {aenid1}
Referrer: {aeppl2.initials_caps_last}, club physiotherapist, {aelic1.medic}
Examination: [[ultrasound of the Achilles tendon]], right.
Clinical question: partial tear after sprint session on {aeday1.long}?
Report to: {aemail1}
""",
    ),
    T(
        "ae-rad-2",
        "radiology request (pilot medical)",
        """\
Request for imaging - aeromedical section
Applicant {aeppl1.caps}, holder of licence {aelic1.pilot}
Requested: [[chest X-ray PA]] for class 1 medical renewal.
Previous film dated {aeday1.iso}. Clinic address {aestreet1}, {aetown1}.
Ordered by {aeppl2.last_first_initial}
""",
    ),
    T(
        "ae-ins-1",
        "insurance claim (bicycle theft)",
        """\
HOME CONTENTS INSURANCE - CLAIM FORM
Policyholder: {aeppl1.last_first}
Policy / member no.: {aebene1}
Claim no.: {aeref1.claim}
Item: [[carbon road bike]], frame serial {aedev1}
Stolen from outside {aestreet1} on {aeday1.us_long}.
Bank details for settlement: IBAN {aeiban1}
""",
    ),
    T(
        "ae-ins-2",
        "insurance claim (livestock mortality)",
        """\
livestock mortality insurance claim
holder;{aeppl1.last_space_first}
holding number;{aeref1.holding}
animal tag;{aeref2.animal}
died;{aeday1.dmy}
cause;[[bovine tuberculosis reactor]]
vet;{aeppl2.full};{aelic1.vet}
payee account;{aeacct1}
""",
    ),
    T(
        "ae-kyc-1",
        "KYC review (lottery jackpot winner)",
        """\
KYC REVIEW - PRIZE OVER THRESHOLD
Winner: {aeppl1.first_caps_last}   born {aebirth1.long}
Ticket serial: {aeref1.ticket}   Draw date: {aeday1.long}
Identity document: {aenid1.label} {aenid1}; passport {aepass1}
Address verified: {aestreet1.full}
[[Source of funds]] not required; [[PEP screening]] negative.
Reviewer: {aeppl2.initial_last}
""",
    ),
    T(
        "ae-kyc-2",
        "KYC review (online casino account)",
        """\
{"review": "enhanced due diligence",
 "customer": "{aeppl1.full}",
 "dob": "{aebirth1.iso}",
 "national_id": "{aenid1}",
 "login_ip": "{aeip1}",
 "card_on_file": "{aecard1.bare}",
 "outcome": "[[documents accepted]]",
 "analyst": "{aeppl2.handle}"}
""",
    ),
    T(
        "ae-fraud-1",
        "fraud case (marketplace seller)",
        """\
FRAUD CASE {aeref1.case}
Subject: seller account of {aeppl1.last_first}, shop URL {aeurl1.shop}
Pattern: [[triangulation fraud]], 14 orders shipped from stolen cards.
Card seen: {aecard1.spaced}; device {aeimei1}; last IP {aeip1}
Opened {aeday1.iso} by {aeppl2.first_last}, trust and safety.
""",
    ),
    T(
        "ae-fraud-2",
        "fraud case (charity donation skimming)",
        """\
Internal investigation - fraud case file
A street fundraiser, {aeppl1.full}, is suspected of keeping cash donations collected in
{aetown1} between {aeday1.dmy} and {aeday2.dmy}. Donor {aeppl2.last_first} complained
that no [[Gift Aid declaration]] was ever received. Fundraiser badge photo: {aephoto1}.
Case lead: {aeppl3.initials}
""",
    ),
    T(
        "ae-hr-1",
        "HR leave request (poll worker)",
        """\
HR LEAVE REQUEST
Employee: {aeppl1.last_first}   Staff no. {aeacct1}
Type: [[civic duty leave]] - poll worker at the municipal election
From {aeday1.dmy} to {aeday2.dmy}
Manager approval: {aeppl2.first_initial}
""",
    ),
    T(
        "ae-hr-2",
        "HR leave request (jury service)",
        """\
Subject: leave request - jury service
From: {aeppl1.full} {aemail1}
To: people-team
I have been summoned for jury service (summons {aeref1.jury}) starting
{aeday1.us_long}. Please register this as [[statutory leave]]. Copy of the summons attached.
Thanks, {aeppl1.first}
""",
    ),
    T(
        "ae-chat-1",
        "chat transcript (retail returns support)",
        """\
[10:02] Agent {aeppl2.first}: Hi, you're chatting with returns support. Order number please?
[10:03] {aeppl1.first}: it's {aeref1.order}, the [[wireless earbuds]] were faulty
[10:03] Agent {aeppl2.first}: Thanks {aeppl1.first}. Is {aemail1} still your address?
[10:04] {aeppl1.first}: yes, and refund to the card ending is fine, or use {aeiban1.bare}
[10:05] Agent {aeppl2.first}: Return label created under RMA {aeref2.ret}.
""",
    ),
    T(
        "ae-chat-2",
        "chat transcript (betting self-exclusion)",
        """\
{aeppl1.handle} joined the chat
{aeppl1.handle}: I want to close my account and self exclude
support_bot: I can help with [[self-exclusion]]. Please confirm your date of birth.
{aeppl1.handle}: {aebirth1.dmy}
support_bot: and the postcode on the account?
{aeppl1.handle}: {aepost1}
support_bot: Done. Exclusion ref {aeref1.excl} runs for [[five years]].
""",
    ),
    # --- Charities and donations --------------------------------------------------------
    T(
        "ae-gift-1",
        "gift aid declaration",
        """\
GIFT AID DECLARATION - single donation
I want to Gift Aid my donation of 50.00 to the [[Riverside Hospice Trust]].
Title/first name: Mrs {aeppl1.first}    Surname: {aeppl1.last}
Home address: {aestreet1}    Postcode: {aepost1}
Date: {aeday1.dmy}
Donor reference {aeref1.donor}
""",
    ),
    T(
        "ae-gift-2",
        "gift aid declaration (enduring, scanned)",
        """\
Gift Aid It - enduring declaration (scanned, OCR)
Narne: {aeppl1.ocr}
Adress: {aestreet1.lines}
I am a UK taxpayer and understand that if I pay less lncome Tax than the amount of
[[Gift Aid]] claimed it is my responsibility to pay the difference.
Slgned {aeday1.dmy}   donor no {aeref1.donor}
""",
    ),
    T(
        "ae-gift-3",
        "gift aid claim batch (CSV)",
        """\
donor_id,title,first_name,last_name,house,postcode,amount,date
{aeref1.donor},Mr,{aeppl1.first},{aeppl1.last},{aestreet1},{aepost1},25.00,{aeday1.dmy}
{aeref2.donor},Dr,{aeppl2.first},{aeppl2.last},{aestreet2},{aepost2},120.00,{aeday2.dmy}
# claim prepared for [[HMRC Charities Online]]
""",
    ),
    T(
        "ae-donor-1",
        "donor record (CRM export)",
        """\
DONOR PROFILE
Supporter          : {aeppl1.caps_last_first}
Supporter ID       : {aeref1.donor}
Born               : {aebirth1.mon}
E-mail             : {aemail1}
Phone              : {aetel1}
Direct debit acct  : {aeiban1}
Interests          : [[clean water appeal]], [[legacy giving]]
""",
    ),
    T(
        "ae-donor-2",
        "donor record (major gift note)",
        """\
Major gift stewardship note. Met {aeppl1.full} and her husband {aeppl2.first_last} at their
home in {aetown1} on {aeday1.long}. They pledged a gift to the [[children's ward appeal]]
and asked to be listed as anonymous. Follow up via {aemail1}. Relationship manager:
{aeppl3.initials}.
""",
    ),
    T(
        "ae-legacy-1",
        "legacy notification (charity)",
        """\
Legacy notification received from the solicitors of the late {aeppl1.caps_full},
died {aeday1.long} aged {aeold1}. Residuary share to the [[Lifeboat Fund]].
Executor: {aeppl2.last_first}, {aestreet1.full}. Probate ref {aeref1.case}.
""",
    ),
    T(
        "ae-legacy-2",
        "legacy notification (bequest ledger)",
        """\
bequest ledger entry
estate of:     {aeppl1.last_first}
date of death: {aeday1.iso}
age:           {aeold1.words}
executor tel:  {aetel1}
gift:          [[pecuniary legacy]]
""",
    ),
    T(
        "ae-dd-1",
        "direct debit mandate (charity)",
        """\
Instruction to your bank to pay by Direct Debit
Name(s) of account holder(s): {aeppl1.caps}
Bank/building society account number: {aeacct1}
Protected by the [[Direct Debit Guarantee]]
Reference: {aeref1.donor}     Date: {aeday1.dmy}
""",
    ),
    T(
        "ae-dd-2",
        "SEPA mandate (Spendenverein)",
        """\
SEPA-Lastschriftmandat
Zahlungsempfänger: [[Tierschutzverein]]
Kontoinhaber: {aeppl1.last_first}
Anschrift: {aestreet1.full}
IBAN: {aeiban1}
Ort, Datum: {aetown1}, {aeday1.de}
""",
    ),
    T(
        "ae-fund-1",
        "fundraising page moderation",
        """\
moderation queue item 7
page: {aeurl1.fund}
owner: {aeppl1.lower}
flag: page claims funds for a named child, {aeppl2.first_last}, born {aebirth1.us_long}
action: [[request proof of consent]]
""",
    ),
    T(
        "ae-vol-1",
        "volunteer application (charity shop)",
        """\
Volunteer application - charity shop, {aetown1} branch
Full name: {aeppl1.full}
Date of birth: {aebirth1.dmy}
Emergency contact: {aeppl2.full} ({aetel1})
Preferred role: [[book sorting]], [[till]]
DBS certificate no. {aelic1.drive}
""",
    ),
    # --- Lotteries and gambling ---------------------------------------------------------
    T(
        "ae-lot-1",
        "lottery prize claim form",
        """\
PRIZE CLAIM - over 500
Ticket number   {aeref1.ticket}
Game            [[Thunderball]]
Claimant        {aeppl1.last_first}
Address         {aestreet1.full}
Telephone       {aetel1}
Pay to account  {aeacct1}
""",
    ),
    T(
        "ae-lot-2",
        "lottery winner publicity consent",
        """\
Publicity consent. I, {aeppl1.full}, of {aetown1}, agree that my name, town and a
photograph ({aephoto1}) may be used to announce my win in the [[EuroMillions]] draw of
{aeday1.words}. Witness: {aeppl2.full}. Signed {aeday2.dmy}.
""",
    ),
    T(
        "ae-lot-3",
        "lottery retailer incident",
        """\
Retailer incident report. Terminal {aedev1} at the newsagent on {aestreet1} paid a
[[scratchcard]] prize to a customer who was under age. CCTV shows the buyer; the
manager {aeppl1.first_last} recorded the card {aecard1.spaced}. Reported {aeday1.iso}.
""",
    ),
    T(
        "ae-bet-1",
        "self-exclusion register entry",
        """\
SELF-EXCLUSION REGISTER
ref: {aeref1.excl}
surname: {aeppl1.caps_last}
forenames: {aeppl1.first}
dob: {aebirth1.dmy}
photo: {aephoto1}
venues: [[all licensed bingo halls]]
start: {aeday1.dmy}
""",
    ),
    T(
        "ae-bet-2",
        "self-exclusion register (casino XML)",
        """\
&lt;selfExclusionEntry registerRef="{aeref1.excl}" scheme="[[land-based casinos]]"&gt;
  &lt;excludedPersonName&gt;{aeppl1.last_first}&lt;/excludedPersonName&gt;
  &lt;excludedPersonBorn&gt;{aebirth1.iso}&lt;/excludedPersonBorn&gt;
  &lt;faceMatchTemplate&gt;{aebio1}&lt;/faceMatchTemplate&gt;
&lt;/selfExclusionEntry&gt;
""",
    ),
    T(
        "ae-bet-3",
        "affordability check (sportsbook)",
        """\
Affordability check - customer {aeppl1.handle_under}
Deposits last 30 days: 4,250.00 via card {aecard1.dashed}
Declared occupation: [[warehouse operative]]
Bank statement shows salary into {aeiban1}; reviewed {aeday1.iso} by {aeppl2.last_initial}
""",
    ),
    T(
        "ae-bet-4",
        "suspicious betting report",
        """\
SUSPICIOUS BETTING REPORT TO INTEGRITY UNIT
Market: [[first set correct score]]
Accounts: {aeppl1.last_first} ({aeacct1}) and {aeppl2.last_first} ({aeacct2})
Both logged in from {aeip1} on {aeday1.dmy}; linked to player {aeppl3.full}.
""",
    ),
    T(
        "ae-bingo-1",
        "bingo hall membership",
        """\
Bingo club membership card application
Member: {aeppl1.caps}   No. {aeref1.member}
Born: {aebirth1.dmy} (over 18 confirmed)
Address: {aestreet1}, {aetown1}
Member since {aeday1.dmy} - [[Tuesday early session]]
""",
    ),
    T(
        "ae-raffle-1",
        "raffle licence return",
        """\
Small society lottery return. Promoter {aeppl1.full}, {aestreet1.full}.
Draw held on {aeday1.long}; 1,240 tickets sold. First prize a [[hamper]] won by
{aeppl2.first_last} (ticket {aeref1.ticket}). Registration {aelic1.gaming}.
""",
    ),
    # --- Sport and fitness --------------------------------------------------------------
    T(
        "ae-club-1",
        "sports club membership form",
        """\
ROWING CLUB - MEMBERSHIP FORM {aeday1.ymd_slash}
Surname {aeppl1.caps_last}   Forename(s) {aeppl1.first}
Date of birth {aebirth1.dmy}   Membership no. {aeref1.member}
Can you swim 50 m in [[light clothing]]? yes
Emergency contact {aeppl2.full} {aetel1}
""",
    ),
    T(
        "ae-club-2",
        "gym membership cancellation",
        """\
From: {aeppl1.first_last} {aemail1}
Subject: cancel membership {aeref1.member}
Hi, please cancel my gym membership from {aeday1.us_long}. I've moved to {aetown1}.
The [[annual plan]] was paid from {aeiban1}. Thanks, {aeppl1.first}
""",
    ),
    T(
        "ae-club-3",
        "gym access log (fixed width)",
        """\
GATE  MEMBER                    CARD-UID           TIME
G02   {aeppl1.caps_last_first}      {aedev1}   06:41
G02   {aeppl2.caps_last_first}      {aedev2}   06:44
note: [[turnstile 3 out of order]]
""",
    ),
    T(
        "ae-race-1",
        "race entry (marathon)",
        """\
Race entry confirmation
Runner: {aeppl1.full}   Bib: {aeref1.race}
Gender/age category: [[F45]]   DOB: {aebirth1.dmy}
Nationality ID: {aenid1.label} {aenid1}
Emergency contact: {aeppl2.first_last} on {aetel1}
Start wave: [[Blue 3]]
""",
    ),
    T(
        "ae-race-2",
        "race results (CSV)",
        """\
pos,bib,name,club,chip_time
1,{aeref1.race},{aeppl1.caps_last_space_first},[[Harriers AC]],2:21:07
2,{aeref2.race},{aeppl2.caps_last_space_first},unattached,2:22:40
3,{aeref3.race},{aeppl3.caps_last_space_first},[[Tri Club]],2:24:02
""",
    ),
    T(
        "ae-race-3",
        "race results (timing JSON)",
        """\
{"event": "[[City 10K]]", "date": "{aeday1.iso}",
 "finishers": [
  {"bib": "{aeref1.race}", "name": "{aeppl1.first_last}", "time": "00:34:12"},
  {"bib": "{aeref2.race}", "name": "{aeppl2.first_last}", "time": "00:34:55"}]}
""",
    ),
    T(
        "ae-race-4",
        "race medical incident log",
        """\
Medical incident, km 38. Runner {aeppl1.last_first} (bib {aeref1.race}) collapsed;
[[AED applied]], ROSC in 3 min. Taken to hospital in {aetown1}. Next of kin
{aeppl2.full} phoned on {aetel1} at 12:10. Logged by {aeppl3.initials}.
""",
    ),
    T(
        "ae-dope-1",
        "anti-doping control form",
        """\
DOPING CONTROL FORM   No. {aeref1.doping}
Athlete name: {aeppl1.caps_last_first}
Sport/discipline: [[athletics - 400 m hurdles]]
Date of birth: {aebirth1.dmy}     Notified: {aeday1.dmy}
Athlete ID: {aenid1}
Declared medication: [[iron supplement]], [[paracetamol]]
Chaperone: {aeppl2.initial_last}     DCO: {aeppl3.initial_last}
""",
    ),
    T(
        "ae-dope-2",
        "whereabouts filing",
        """\
whereabouts quarter Q3
athlete: {aeppl1.full}
overnight address: {aestreet1.full}
60-minute slot: 06:00-07:00 at [[training track]]
mobile: {aetel1.bare}
updated: {aeday1.iso} from {aeip1}
""",
    ),
    T(
        "ae-dope-3",
        "anti-doping rule violation notice",
        """\
Notice of charge. The [[National Anti-Doping Panel]] charges {aeppl1.full}, born
{aebirth1.long}, with the presence of [[nandrolone]] in the sample collected on
{aeday1.long} (code {aeref1.doping}). Representative: {aeppl2.full}, {aemail1}.
""",
    ),
    T(
        "ae-transfer-1",
        "player transfer record",
        """\
INTERNATIONAL TRANSFER CERTIFICATE
Player: {aeppl1.last_first}   born {aebirth1.dot}
Passport: {aepass1}
Releasing club: [[FC Unterhaching II]]   Engaging club: [[Olimpija youth]]
Agent: {aeppl2.full}, licence {aelic1.agent}
Registration effective {aeday1.dot}
""",
    ),
    T(
        "ae-transfer-2",
        "registration record (youth football)",
        """\
player registration | {aeppl1.full} | dob {aebirth1.dmy} | parent {aeppl2.full} |
{aemail1} | photo {aephoto1} | school year [[Under 12]] | registered {aeday1.dmy}
""",
    ),
    T(
        "ae-coach-1",
        "coach safeguarding check",
        """\
Safeguarding record for coach {aeppl1.first_caps_last}
Licence: {aelic1.coach}
Criminal record check certificate {aelic2.drive}, issued {aeday1.dmy}
[[Safeguarding and Protecting Children]] course passed.
""",
    ),
    T(
        "ae-fit-1",
        "fitness tracker data export",
        """\
device_serial: {aedev1}
paired_phone_mac: {aemac1}
owner: {aeppl1.handle}
resting_hr: 52
last_sync: {aeday1.iso}
sync_ip: {aeip1.v6}
[[sleep score]]: 81
""",
    ),
    T(
        "ae-fit-2",
        "personal trainer intake (PAR-Q)",
        """\
PAR-Q intake. client {aeppl1.lower}, age {aeold1}.
has a doctor ever said you have a heart condition? yes - [[atrial fibrillation]]
on [[apixaban]]. GP: Dr {aeppl2.last}. Referral emailed to {aemail1} on {aeday1.dmy}.
""",
    ),
    T(
        "ae-swim-1",
        "swimming lesson register",
        """\
Swim school register - [[Stage 4]], Saturday 09:30
| child                      | parent phone      | medical           |
| {aeppl1.first_last} | {aetel1} | [[asthma]]          |
| {aeppl2.first_last} | {aetel2} | none              |
Teacher: {aeppl3.first}
""",
    ),
    T(
        "ae-climb-1",
        "climbing wall waiver",
        """\
Participation statement and waiver. I, {aeppl1.caps}, born {aebirth1.us_long}, understand
that [[climbing and bouldering]] are activities with a risk of injury. Signed at the
{aetown1} wall on {aeday1.us_long}. Membership card {aeref1.member}.
""",
    ),
    T(
        "ae-horse-1",
        "equestrian passport check",
        """\
Horse passport check at the event gate. Rider {aeppl1.last_first}; horse microchip
{aedev1}; owner {aeppl2.last_first}, {aestreet1.full}. [[Equine influenza vaccination]]
valid until {aeday1.dmy}.
""",
    ),
    # --- Retail and e-commerce ----------------------------------------------------------
    T(
        "ae-order-1",
        "online order confirmation",
        """\
Thanks for your order, {aeppl1.first}!
Order {aeref1.order} placed {aeday1.long}
Ship to: {aeppl1.full}
{aestreet1.lines}
Items: 1 x [[ceramic pour-over kettle]], 2 x [[oat milk barista]]
Paid with card {aecard1.spaced}
""",
    ),
    T(
        "ae-order-2",
        "order export (marketplace CSV)",
        """\
order_id;buyer;buyer_email;ship_city;ship_zip;sku;paid_on
{aeref1.order};{aeppl1.last_first};{aemail1};{aetown1};{aepost1};[[SKU-KTL-220]];{aeday1.iso}
{aeref2.order};{aeppl2.last_first};{aemail2};{aetown2};{aepost2};[[SKU-MUG-014]];{aeday2.iso}
""",
    ),
    T(
        "ae-order-3",
        "order packing slip (OCR)",
        """\
PACK1NG SLlP  0rder {aeref1.order}
Deliver to {aeppl1.ocr}
{aestreet1.caps}
Tel {aetel1}
Contents: [[garden hose reel]] x1
""",
    ),
    T(
        "ae-return-1",
        "return authorisation",
        """\
RETURN AUTHORISATION {aeref1.ret}
Customer: {aeppl1.caps_last_first}
Reason: [[arrived damaged]]
Refund method: original card {aecard1.bare}
Collection address: {aestreet1.full}
Courier booked for {aeday1.dmy}
""",
    ),
    T(
        "ae-return-2",
        "returns abuse note",
        """\
Returns abuse flag. {aeppl1.full} has returned 31 of 40 items in six months, several
[[worn dresses]] with tags reattached. Accounts linked by device {aeimei1} and IP
{aeip1}. Proposed: [[restrict free returns]]. Analyst {aeppl2.first_initial}, {aeday1.iso}.
""",
    ),
    T(
        "ae-loyal-1",
        "loyalty account statement",
        """\
LOYALTY STATEMENT
Member: {aeppl1.caps_full}
Card: {aeref1.loyalty}
Points earned this quarter: 1,240 at [[Northgate store]]
Birthday bonus month: {aebirth1.mon}
Registered e-mail: {aemail1}
""",
    ),
    T(
        "ae-loyal-2",
        "loyalty account merge request",
        """\
key=value dump (crm merge)
cust.a.name={aeppl1.last_first}
cust.a.card={aeref1.loyalty}
cust.a.phone={aetel1.bare}
cust.b.name={aeppl1.typo}
cust.b.card={aeref2.loyalty}
merge.reason=[[duplicate household]]
merge.date={aeday1.compact}
""",
    ),
    T(
        "ae-dispute-1",
        "marketplace dispute",
        """\
Dispute opened by buyer {aeppl1.first_last} against seller {aeppl2.handle_under}.
Item: [[vintage film camera]], listed as working, arrived with a jammed shutter.
Buyer paid from card {aecard1.spaced}; seller payout account {aeiban1}.
Buyer IP {aeip1}; opened {aeday1.us_long}; case {aeref1.case}.
""",
    ),
    T(
        "ae-dispute-2",
        "chargeback response letter",
        """\
Dear {aeppl1.caps},
We received a chargeback on order {aeref1.order} ({aeday1.long}). Our records show
delivery to {aestreet1.full}, signed for by {aeppl2.initial_last}. We attach the
[[proof of delivery]] and contest the claim.
Merchant disputes team
""",
    ),
    T(
        "ae-review-1",
        "product review moderation",
        """\
review #88213 by {aeppl1.handle} (verified buyer since {aeday1.iso})
"the [[air fryer]] caught fire. my neighbour {aeppl2.first_last} at {aestreet1} saw it"
action: [[forward to product safety]]; remove neighbour's name before publishing
""",
    ),
    T(
        "ae-deliv-1",
        "delivery exception (courier)",
        """\
DELIVERY EXCEPTION
Parcel for {aeppl1.last_first}, {aestreet1}, {aepost1} {aetown1}
Driver note: [[left with neighbour]] at no. 14 ({aeppl2.full})
Van {aeplate1}; handheld {aedev1}; {aeday1.dmy}
""",
    ),
    T(
        "ae-warranty-1",
        "warranty registration",
        """\
Warranty registration
Product: [[cordless drill 18V]], serial {aedev1}
Purchased: {aeday1.dmy}
Owner: {aeppl1.full}, {aemail1}, {aetel1}
""",
    ),
    T(
        "ae-pharm-1",
        "online pharmacy order review",
        """\
Online pharmacy - pharmacist check
Patient {aeppl1.last_first}, DOB {aebirth1.dmy}, {aenid1.label} {aenid1}
Requested [[sumatriptan 50 mg]] x 6; previous supply {aeday1.dmy}.
Delivery to {aestreet1.full}. Prescriber {aeppl2.full} ({aelic1.medic}).
""",
    ),
    T(
        "ae-gift-card-1",
        "gift card fraud report",
        """\
gift card fraud report {aeref1.case}
victim {aeppl1.full} was told by a caller from {aetel1} to buy [[gift cards]]
worth 900.00 at two stores in {aetown1} on {aeday1.dmy}
card numbers read out: {aecard1.bare}
""",
    ),
    # --- Agriculture and food -----------------------------------------------------------
    T(
        "ae-farm-1",
        "farm subsidy claim (single application)",
        """\
SINGLE APPLICATION {aeday1.ymd_slash}
Applicant: {aeppl1.caps_last_first}
Customer ref (SBI): {aeref1.holding}
Holding address: {aestreet1.lines}
Land parcels: [[permanent grassland]] 41.2 ha; [[winter wheat]] 18.0 ha
Payment to: {aeiban1}
""",
    ),
    T(
        "ae-farm-2",
        "farm subsidy inspection report",
        """\
Rapport de contrôle sur place - aides PAC
Exploitant : {aeppl1.caps_last_space_first}, né le {aebirth1.fr}
N° PACAGE : {aeref1.holding}
Commune : {aetown1}
Constat : [[bande tampon]] non respectée le long du cours d'eau ; contrôle du {aeday1.fr}
Contrôleur : {aeppl2.last_initial}
""",
    ),
    T(
        "ae-farm-3",
        "agri-environment agreement",
        """\
Agreement holder {aeppl1.full} ({aenid1}) agrees to manage [[hedgerows]] and a
[[wildflower margin]] on the holding {aeref1.holding} from {aeday1.long} for five years.
Agent acting: {aeppl2.full}, {aemail1}.
""",
    ),
    T(
        "ae-cattle-1",
        "cattle movement record",
        """\
CATTLE MOVEMENT
ear tag        from holding        to holding          moved
{aeref1.animal}   {aeref2.holding}   {aeref3.holding}   {aeday1.dmy}
keeper: {aeppl1.last_first}  haulier: {aeppl2.last_first}  vehicle {aeplate1}
breed [[Aberdeen Angus]]
""",
    ),
    T(
        "ae-cattle-2",
        "livestock traceability (sheep flock register)",
        """\
flock register page 3
keeper {aeppl1.caps} flock mark {aeref1.holding}
date {aeday1.dmy}: 40 [[Texel cross]] ewes moved to {aestreet1}, {aetown1}
slaughter tags issued; keeper phone {aetel1}
""",
    ),
    T(
        "ae-cattle-3",
        "bovine passport (XML export)",
        """\
&lt;animal tag="{aeref1.animal}" breed="[[Holstein Friesian]]"&gt;
 &lt;born&gt;{aeday1.iso}&lt;/born&gt;
 &lt;keeper&gt;{aeppl1.full}&lt;/keeper&gt;
 &lt;holding&gt;{aeref2.holding}&lt;/holding&gt;
&lt;/animal&gt;
""",
    ),
    T(
        "ae-pig-1",
        "pig movement licence",
        """\
Pig movement licence. Departure premises of {aeppl1.full}, {aestreet1.full};
destination [[abattoir]] of {aeppl2.last_first}. 62 [[finishing pigs]] moved {aeday1.dot},
transporter licence {aelic1.food}, lorry {aeplate1}.
""",
    ),
    T(
        "ae-food-1",
        "food safety inspection",
        """\
FOOD HYGIENE INSPECTION REPORT
Business: [[The Copper Kettle Cafe]]   FBO reg {aelic1.food}
Operator: {aeppl1.full}   Tel {aetel1}
Inspected: {aeday1.dmy} by {aeppl2.initials}
Findings: [[raw chicken stored above ready-to-eat]] food; [[probe thermometer]] missing.
Rating: 2
""",
    ),
    T(
        "ae-food-2",
        "food poisoning complaint",
        """\
Complaint received {aeday1.long}. {aeppl1.full} of {aestreet1.full} reports that she and
her son {aeppl2.first} were ill after eating [[chicken shawarma]] from a takeaway on
{aeday2.long}. GP confirmed [[Campylobacter]]. Call back on {aetel1}.
""",
    ),
    T(
        "ae-food-3",
        "food business registration",
        """\
Registration of a food business establishment
Operator name: {aeppl1.last_first}
Home address: {aestreet1.full}
Date of birth: {aebirth1.dmy}
Type: [[home baking for markets]]
Start date: {aeday1.dmy}
""",
    ),
    T(
        "ae-food-4",
        "food recall notification (supplier)",
        """\
Lot [[LB-2291 oat biscuits]] recalled for undeclared [[sesame]]. Supplier contact
{aeppl1.first_last}, {aemail1}, {aetel1}. Complaint originally raised by customer
{aeppl2.last_first} on {aeday1.iso}.
""",
    ),
    T(
        "ae-vet-1",
        "veterinary medicine record (farm)",
        """\
Medicine book
date        animal ID           product                withdrawal   given by
{aeday1.dmy}   {aeref1.animal}   [[oxytetracycline LA]]   28 days      {aeppl1.initials}
vet: {aeppl2.full} {aelic1.vet}
""",
    ),
    T(
        "ae-organic-1",
        "organic certification audit",
        """\
Organic audit, holding of {aeppl1.full} near {aetown1}. Certificate {aelic1.food}.
[[Conversion period]] ends {aeday1.long}. Buffer zone adequate. Operator contact
{aetel1}, {aemail1}.
""",
    ),
    # --- Maritime and aviation crews ----------------------------------------------------
    T(
        "ae-sea-1",
        "seafarer discharge book entry",
        """\
SEAFARER'S DISCHARGE BOOK   No. {aelic1.seafarer}
Holder: {aeppl1.caps_last_first}   Born: {aebirth1.dmy}
Vessel: [[MV Nordic Aurora]]   IMO [[9412378]]   Capacity: [[AB]]
Engaged {aeday1.dmy} at {aetown1}; discharged {aeday2.dmy}
Master: {aeppl2.initials_caps_last}
""",
    ),
    T(
        "ae-sea-2",
        "crew manifest (fixed width)",
        """\
CREW LIST - IMO FAL FORM 5
No Family name, given names          Rank     Nationality  ID document
01 {aeppl1.caps_last_first}          [[Master]]   -            {aepass1}
02 {aeppl2.caps_last_first}          [[Ch.Eng]]   -            {aepass2}
03 {aeppl3.caps_last_first}          [[Cook]]     -            {aelic1.seafarer}
Port of arrival: [[Rotterdam Europoort]]   Date: {aeday1.mon}
""",
    ),
    T(
        "ae-sea-3",
        "seafarer medical certificate",
        """\
Medical certificate for service at sea (STCW)
Name: {aeppl1.full}   DOB: {aebirth1.iso}
Discharge book: {aelic1.seafarer}
Fit for [[lookout duties]]: yes   Colour vision: [[meets standard]]
Date of examination: {aeday1.iso}; approved doctor {aeppl2.last_first} ({aelic2.medic})
""",
    ),
    T(
        "ae-sea-4",
        "crew change e-mail (agency)",
        """\
From: crewing desk
To: {aemail1}
Subject: joining instructions - {aeppl1.caps_last_first}
Please meet [[port agent]] {aeppl2.first_last} at the gangway, mobile {aetel1}.
Flight [[KL1234]] arrives {aeday1.dmy}. Bring your discharge book {aelic1.seafarer}.
""",
    ),
    T(
        "ae-sea-5",
        "port state detention crew statement",
        """\
Statement of crew member {aeppl1.full}, wiper, discharge book {aelic1.seafarer}.
I was not paid for four months. My wages should go to my wife {aeppl2.full} via
account {aeacct1}. Taken at [[seafarers' centre]] on {aeday1.long}.
""",
    ),
    T(
        "ae-pilot-1",
        "pilot logbook page (CSV)",
        """\
date,aircraft,reg,from,to,pic,block
{aeday1.iso},[[PA-28]],{aeplate1},[[EGBJ]],[[EGFF]],{aeppl1.last_initial},1:20
{aeday2.iso},[[C152]],{aeplate2},[[EGFF]],[[EGBJ]],{aeppl1.last_initial},1:05
# holder {aeppl1.full}, licence {aelic1.pilot}
""",
    ),
    T(
        "ae-pilot-2",
        "pilot medical certificate",
        """\
MEDICAL CERTIFICATE CLASS 1
(III) Holder: {aeppl1.caps_last_first}
(IV) Date of birth: {aebirth1.dmy}
(V) Nationality document: {aenid1}
(VII) Licence: {aelic1.pilot}
Limitations: [[VML - shall wear multifocal lenses]]
(XI) AME: {aeppl2.full}, examination {aeday1.dmy}
""",
    ),
    T(
        "ae-pilot-3",
        "cabin crew roster (JSON)",
        """\
{"duty": "[[LHR-JFK-LHR]]", "report": "{aeday1.iso}T07:40",
 "crew": [{"name": "{aeppl1.last_first}", "staff": "{aeref1.crew}", "pos": "[[CSD]]"},
          {"name": "{aeppl2.last_first}", "staff": "{aeref2.crew}", "pos": "[[CC]]"}]}
""",
    ),
    T(
        "ae-pilot-4",
        "aviation occurrence report",
        """\
Mandatory occurrence report. First officer {aeppl1.first_last} reported a [[laser strike]]
on approach to runway 27 on {aeday1.long}. Eye examined by {aeppl2.full}; no lasting
damage. Reporter e-mail {aemail1}, staff {aeref1.crew}.
""",
    ),
    T(
        "ae-drone-1",
        "drone operator registration",
        """\
Operator registration: {aeppl1.full}, {aestreet1.full}
Operator ID {aelic1.pilot}; flyer ID {aeref1.crew}
Drone serial {aedev1}, remote ID module {aemac1.dash}
[[Open category A1/A3]] theory test passed {aeday1.dmy}
""",
    ),
    # --- Elections and civic participation ----------------------------------------------
    T(
        "ae-voter-1",
        "electoral register extract",
        """\
ELECTORAL REGISTER - polling district [[KC3]]
elector no.  name                               address
{aeref1.voter}   {aeppl1.caps_last_first}   {aestreet1.caps}
{aeref2.voter}   {aeppl2.caps_last_first}   {aestreet1.caps}
[[F]] = first-time voter; [[E]] = EU citizen
""",
    ),
    T(
        "ae-voter-2",
        "voter registration application",
        """\
Register to vote
Name: {aeppl1.full}
Previous name: {aeppl1.last_first}
Date of birth: {aebirth1.us_long}
National Insurance number / {aenid1.label}: {aenid1}
Address: {aestreet1.full}
Submitted online {aeday1.iso} from {aeip1}
""",
    ),
    T(
        "ae-voter-3",
        "postal vote statement",
        """\
POSTAL VOTING STATEMENT
Ballot paper no. {aeref1.voter}
Elector: {aeppl1.first_last}
Date of birth given: {aebirth1.dmy}
Signature matches [[personal identifier record]]: yes
""",
    ),
    T(
        "ae-voter-4",
        "proxy vote application",
        """\
I, {aeppl1.caps}, registered at {aestreet1}, appoint {aeppl2.full} of {aestreet2.full}
to vote on my behalf because of [[employment abroad]] on {aeday1.long}.
Attested by {aeppl3.full}, {aetel1}.
""",
    ),
    T(
        "ae-poll-1",
        "poll worker roster",
        """\
POLL WORKER ROSTER | precinct [[14-B]] | election day {aeday1.mdy}
| role          | name                      | phone            |
| [[Presiding]] | {aeppl1.last_first}     | {aetel1}         |
| [[Clerk]]     | {aeppl2.last_first}     | {aetel2}         |
| [[Clerk]]     | {aeppl3.last_first}     | {aetel3}         |
""",
    ),
    T(
        "ae-poll-2",
        "poll worker payroll (CSV)",
        """\
worker,ssn,hours,rate,pay_date,bank
{aeppl1.last_first},{aessn1},14,15.00,{aeday1.mdy},{aeacct1}
{aeppl2.last_first},{aessn2},14,15.00,{aeday1.mdy},{aeacct2}
# [[stipend]] not subject to withholding
""",
    ),
    T(
        "ae-petition-1",
        "petition signature sheet",
        """\
PETITION: [[Save the Ashdown Library]]
name                       street address                  date signed
{aeppl1.first_last}   {aestreet1}   {aeday1.short}
{aeppl2.lower}   {aestreet2}   {aeday1.short}
{aeppl3.caps}   {aestreet3}   {aeday1.short}
""",
    ),
    T(
        "ae-petition-2",
        "petition signature challenge",
        """\
Challenge to signature line 212: signer "{aeppl1.full}" gave {aestreet1.full}, but the
voter file lists {aeppl1.last_first} at another address since {aeday1.iso}.
Challenger {aeppl2.full}. Ruling: [[signature counted]].
""",
    ),
    T(
        "ae-jury-1",
        "jury summons",
        """\
JURY SUMMONS
To: {aeppl1.caps_full}
{aestreet1.lines}
Juror number: {aeref1.jury}
You are summoned to attend the [[Crown Court]] on {aeday1.long} at 9.30 am.
Questions: {aetel1}
""",
    ),
    T(
        "ae-jury-2",
        "juror deferral request",
        """\
Dear jury central summoning bureau,
I am writing to defer my service (juror {aeref1.jury}) because I care for my
mother, {aeppl2.full}, who is {aeold1} and has [[dementia]]. I can serve after {aeday1.dmy}.
Yours, {aeppl1.full}, {aetel1}
""",
    ),
    T(
        "ae-council-1",
        "public comment registration (council meeting)",
        """\
Speaker card - [[planning committee]]
name: {aeppl1.first_last}
address: {aestreet1.full}
item: [[application 24/0931/FUL]] - objection
email: {aemail1}
""",
    ),
    T(
        "ae-foi-1",
        "freedom of information request log",
        """\
FOI request {aeref1.case} from {aeppl1.full} ({aemail1}), received {aeday1.dmy}:
all correspondence about [[speed cameras on the A38]]. Requester's phone {aetel1}.
Response due in [[20 working days]].
""",
    ),
    T(
        "ae-census-1",
        "census field follow-up",
        """\
census non-response follow-up
household at {aestreet1.full}
person 1: {aeppl1.last_first}, age {aeold1}
person 2: {aeppl2.last_first}, born {aebirth1.dmy}
interviewer note: [[language assistance needed]]
""",
    ),
    # --- Academic publishing ------------------------------------------------------------
    T(
        "ae-peer-1",
        "peer review invitation",
        """\
Dear Dr {aeppl1.last},
On behalf of the editor, {aeppl2.full}, I invite you to review manuscript
{aeref1.ms}, "[[Soil carbon under rotational grazing]]". Please respond by
{aeday1.long}. Reviewer record: {aeurl1.orcid}
""",
    ),
    T(
        "ae-peer-2",
        "peer review report (confidential comments)",
        """\
Confidential comments to the editor ({aeref1.ms})
I believe the corresponding author, {aeppl1.first_last}, is a former student of mine; my
co-reviewer {aeppl2.first_last} may also be conflicted. The [[randomisation procedure]]
is under-described. Submitted {aeday1.iso}.
""",
    ),
    T(
        "ae-peer-3",
        "author record (submission system)",
        """\
author_id: {aeref1.ms}
surname: {aeppl1.last}
given: {aeppl1.first}
orcid: {aeurl1.orcid}
affiliation: [[Department of Agronomy]]
email: {aemail1}
registered: {aeday1.iso}
""",
    ),
    T(
        "ae-peer-4",
        "ethics declaration (manuscript)",
        """\
Ethics statement. The study was approved by the [[Research Ethics Committee]] (ref
{aeref1.case}) on {aeday1.long}. Participant {aeppl1.initials} gave written consent for
the publication of the photograph {aephoto1}. Corresponding author: {aeppl2.full},
{aestreet1.full}, {aetel1}.
""",
    ),
    T(
        "ae-peer-5",
        "conflict of interest form (ICMJE-style)",
        """\
Disclosure form - author {aeppl1.last_first_initial}
Manuscript: {aeref1.ms}
Grants: [[Wellcome Trust]] 2019-2023
Consulting: none
Signed electronically {aeday1.dmy} from {aeip1}
""",
    ),
    T(
        "ae-peer-6",
        "editorial decision letter",
        """\
Dear {aeppl1.first_last},
Re: {aeref1.ms}. After review, I regret that we cannot accept your manuscript.
Reviewer 2 ({aeppl2.initials}) was concerned about the [[sample size calculation]].
Managing editor, {aeday1.us_long}
""",
    ),
    T(
        "ae-peer-7",
        "reviewer database record (XML)",
        """\
&lt;reviewer&gt;&lt;name&gt;{aeppl1.last_first}&lt;/name&gt;&lt;mail&gt;{aemail1}&lt;/mail&gt;
&lt;keywords&gt;[[food microbiology]]; [[Listeria]]&lt;/keywords&gt;
&lt;last_review&gt;{aeday1.iso}&lt;/last_review&gt;&lt;/reviewer&gt;
""",
    ),
    T(
        "ae-peer-8",
        "authorship dispute e-mail",
        """\
From: {aeppl1.full} {aemail1}
Date: {aeday1.long}
Subject: authorship on "[[Grazing and soil carbon]]"
My former supervisor {aeppl2.caps_last_first} removed me from the author list after I
left the lab. I have my lab notebooks and the raw data on the drive {aedev1}.
""",
    ),
    # --- Other scripts ------------------------------------------------------------------
    T(
        "ae-cjk-1",
        "marathon entry (Japan)",
        """\
大会エントリー確認
氏名: {aenative1.native}（{aenative1.latin}）
生年月日: {aebirth1.wa}
ゼッケン: {aeref1.race}
緊急連絡先: {aetel1}
種目: [[フルマラソン]]
""",
        locales=(("ja_JP", 1),),
        date_formats=("wa",),
    ),
    T(
        "ae-cjk-2",
        "donation receipt (Taiwan)",
        """\
捐款收據
捐款人: {aenative1.native}
身分證號 / ID: {aenid1}
捐款日期: {aeday1.roc}
用途: [[偏鄉兒童營養午餐]]
經手人: {aenative2.native}
""",
        locales=(("zh_TW", 1),),
        id_countries=("CN",),
    ),
    T(
        "ae-cjk-3",
        "poll worker roster (Korea)",
        """\
투표사무원 명단
성명: {aenative1.native} ({aenative1.latin_caps_last})
주민등록번호: {aenid1.kr}
연락처: {aetel1}
근무일: {aeday1.kr}
[[투표관리관]] 확인
""",
        locales=(("ko_KR", 1),),
    ),
    T(
        "ae-cjk-4",
        "food safety inspection (China)",
        """\
食品安全检查记录
经营者: {aenative1.native}
身份证: {aenid1.cn}
检查日期: {aeday1.cn}
问题: [[冷藏温度不达标]]
检查员: {aenative2.native}
""",
        locales=(("zh_CN", 1),),
    ),
    T(
        "ae-cyr-1",
        "club membership (Russian)",
        """\
Анкета члена клуба
ФИО: {aenative1.native_last_first}
Латиницей: {aenative1.latin}
Дата рождения: {aebirth1.dot}
Телефон: {aetel1}
Секция: [[настольный теннис]]
""",
        locales=(("ru_RU", 1),),
    ),
    T(
        "ae-cyr-2",
        "farm subsidy claim (Ukraine)",
        """\
Заява на отримання дотації
Заявник: {aenative1.native}
Адреса: {aestreet1}, {aetown1}
Поле: [[озима пшениця]], 12 га
Дата: {aeday1.dot}
""",
        locales=(("uk_UA", 1),),
    ),
    T(
        "ae-cyr-3",
        "jury summons (Bulgaria)",
        """\
ПРИЗОВКА
До: {aenative1.native} ({aenative1.latin})
ЕГН: {aenid1.bg}
Явете се в [[Районен съд]] на {aeday1.dot}
""",
        locales=(("bg_BG", 1),),
    ),
    T(
        "ae-greek-1",
        "anti-doping control (Greece)",
        """\
Έντυπο ελέγχου ντόπινγκ
Αθλητής: {aenative1.native} / {aenative1.latin_caps_last}
ΑΜΚΑ: {aenid1.gr}
Ημερομηνία: {aeday1.dmy}
Φάρμακα: [[παρακεταμόλη]]
""",
        locales=(("el_GR", 1),),
    ),
    T(
        "ae-heb-1",
        "lottery winner KYC (Israel)",
        """\
בדיקת זהות זוכה
שם: {aenative1.native}
{aenid1.label}: {aenid1.il}
תאריך לידה: {aebirth1.dmy}
טלפון: {aetel1}
[[מפעל הפיס]]
""",
        locales=(("he_IL", 1),),
    ),
    T(
        "ae-ar-1",
        "charity donor record (Arabic)",
        """\
سجل متبرع
الاسم: {aenative1.native}
Name (Latin): {aenative1.latin}
الهاتف: {aetel1}
التاريخ: {aeday1.iso}
الحملة: [[سقيا الماء]]
""",
        locales=(("ar_SA", 1),),
    ),
    T(
        "ae-thai-1",
        "seafarer record (Thailand)",
        """\
ทะเบียนคนประจำเรือ
ชื่อ: {aenative1.native}
{aenid1.label}: {aenid1.th}
วันเกิด: {aebirth1.be}
ตำแหน่ง: [[กะลาสี]]
""",
        locales=(("th_TH", 1),),
    ),
    T(
        "ae-hindi-1",
        "election roll correction (India)",
        """\
मतदाता सूची सुधार आवेदन
नाम: {aenative1.native} ({aenative1.latin})
Aadhaar: {aenid1.in}
पता: {aestreet1}
दिनांक: {aeday1.dmy}
[[फॉर्म 8]]
""",
        locales=(("hi_IN", 1),),
    ),
    T(
        "ae-geo-1",
        "wine harvest subsidy (Georgia)",
        """\
სუბსიდიის განაცხადი
განმცხადებელი: {aenative1.native} ({aenative1.latin})
ტელეფონი: {aetel1}
თარიღი: {aeday1.dot}
ჯიში: [[რქაწითელი]]
""",
        locales=(("ka_GE", 1),),
    ),
    T(
        "ae-fa-1",
        "academic author record (Iran)",
        """\
پرونده نویسنده
نام: {aenative1.native}
Latin: {aenative1.latin_caps_last}
ایمیل: {aemail1}
[[مجله علوم خاک]]
""",
        locales=(("fa_IR", 1),),
    ),
    # --- More of each subject -----------------------------------------------------------
    T(
        "ae-clin-4",
        "clinical note (agricultural poisoning)",
        """\
A&E clinical note {aeday1.dmy} 14:20
{aeppl1.caps_last_first}, farm worker, age {aeold1} (sic - check: carer says 59)
sprayed [[organophosphate sheep dip]] without gloves; [[atropine]] given.
brought in by employer {aeppl2.full}, tel {aetel1}. hosp no {aemrn1}
""",
    ),
    T(
        "ae-dis-3",
        "discharge summary (crew repatriation)",
        """\
DISCHARGE SUMMARY / FIT TO TRAVEL
Seafarer {aeppl1.full}, discharge book {aelic1.seafarer}, passport {aepass1}
Admitted {aeday1.dmy} at port hospital with [[appendicitis]]; [[laparoscopic appendicectomy]].
Discharged {aeday2.dmy}, fit to fly home with escort {aeppl2.full}.
P&I correspondent: {aeppl3.full}, {aemail1}
""",
    ),
    T(
        "ae-rad-3",
        "radiology request (jockey fall)",
        """\
XR request: [[CT head without contrast]]
pt: {aeppl1.last_first}, jockey, dob {aebirth1.dmy}, mrn {aemrn1}
fell at fence 3, [[loss of consciousness]] 1 min, on {aeday1.dmy}
req by: {aeppl2.last_first_initial}, bleep 4471
""",
    ),
    T(
        "ae-ins-3",
        "insurance claim (event cancellation)",
        """\
Claim for event cancellation - [[village show]] rained off on {aeday1.long}.
Organiser {aeppl1.full}, {aestreet1.full}; policy {aebene1}; claim {aeref1.claim}.
Refunds to 212 ticket holders listed; payment to charity account {aeiban1}.
""",
    ),
    T(
        "ae-kyc-3",
        "KYC review (charity trustee)",
        """\
Trustee due diligence
trustee         : {aeppl1.last_first}
date of birth   : {aebirth1.dot}
{aenid1.label}  : {aenid1}
residential     : {aestreet1.full}
sanctions hit   : [[none]]
adverse media   : [[none]]
reviewed        : {aeday1.dot} by {aeppl2.initial_nodot_last}
""",
    ),
    T(
        "ae-fraud-3",
        "fraud case (loyalty points takeover)",
        """\
case {aeref1.case}: account takeover of loyalty member {aeppl1.full} (card {aeref2.loyalty}).
Password reset from {aeip1} to new e-mail {aemail1}; 48,000 points spent on [[gift vouchers]]
on {aeday1.iso}. Original phone on file {aetel1}.
""",
    ),
    T(
        "ae-hr-3",
        "HR leave request (race volunteer)",
        """\
{"type": "leave_request", "employee": "{aeppl1.full}", "staff_no": "{aeacct1}",
 "leave": "[[volunteering leave]]", "from": "{aeday1.iso}", "to": "{aeday2.iso}",
 "reason": "marshal at the [[Coastal Ultra]]", "approver": "{aeppl2.handle}"}
""",
    ),
    T(
        "ae-chat-3",
        "chat transcript (farm supplies order)",
        """\
WhatsApp export
{aeday1.dmy}, 07:12 - {aeppl1.first_last}: need 20 bags of [[calf pellets]] by friday
{aeday1.dmy}, 07:15 - {aeppl2.first_last}: ok, same address {aestreet1}?
{aeday1.dmy}, 07:16 - {aeppl1.first_last}: yes. card is {aecard1.bare}
{aeday1.dmy}, 07:20 - {aeppl2.first_last}: done, driver will call {aetel1}
""",
    ),
    T(
        "ae-chat-4",
        "chat transcript (journal editorial office)",
        """\
editorial-office (chat)
{aeppl1.last_first_initial}: the author {aeppl2.full} asks why {aeref1.ms} is still with reviewers
{aeppl3.last_first_initial}: reviewer 1 ({aeppl4.first_last}) promised by {aeday1.dmy}
{aeppl1.last_first_initial}: ok I'll send a [[reminder]]
""",
    ),
    T(
        "ae-lot-4",
        "lottery syndicate agreement",
        """\
Syndicate agreement - [[Saturday Lotto]]
Manager: {aeppl1.full}, {aetel1}
Members: {aeppl2.first_last}; {aeppl3.first_last}; {aeppl4.first_last}
Stake 2.00 each weekly from {aeday1.dmy}; winnings to {aeacct1}
""",
    ),
    T(
        "ae-bet-5",
        "gambling harm referral",
        """\
Referral to [[problem gambling clinic]]
Client: {aeppl1.full}   DOB: {aebirth1.mdy}   Phone: {aetel1}
Losses over 12 months: approx. 38,000
Partner {aeppl2.first} aware. Referred {aeday1.mdy} by GP {aeppl3.last_first}.
""",
    ),
    T(
        "ae-race-5",
        "triathlon licence (day licence)",
        """\
Day licence - [[sprint triathlon]]
name {aeppl1.caps_last_first}
born {aebirth1.dmy}
bike {aedev1}
licence {aelic1.coach}
signed {aeday1.dmy}
""",
    ),
    T(
        "ae-club-4",
        "golf club handicap record",
        """\
Handicap record
Player: {aeppl1.last_first}    CDH: {aeref1.member}
Handicap index: 12.4   [[Course: Old Links]]
Last card: {aeday1.dmy}   Marker: {aeppl2.last_first}
""",
    ),
    T(
        "ae-order-4",
        "click and collect pickup log",
        """\
click & collect - [[store 217]]
{aeday1.dmy} 16:02  order {aeref1.order}  collected by {aeppl2.full} for {aeppl1.full}
ID shown: [[driving licence]] {aelic1.drive}
""",
    ),
    T(
        "ae-order-5",
        "subscription box account (key-value)",
        """\
account.owner={aeppl1.first_last}
account.email={aemail1.caps}
account.dob={aebirth1.compact}
plan=[[veggie box medium]]
delivery.address={aestreet1.full}
payment.card={aecard1.bare}
""",
    ),
    T(
        "ae-farm-4",
        "milk quota transfer record",
        """\
Transfer of milk production rights
Transferor {aeppl1.full}, holding {aeref1.holding}
Transferee {aeppl2.full}, holding {aeref2.holding}
Quantity: [[85,000 litres]]   Effective: {aeday1.long}
""",
    ),
    T(
        "ae-farm-5",
        "tractor theft report (rural crime)",
        """\
Rural crime report. A [[green tractor]] with VIN {aevin1} and reg {aeplate1} was taken
from the yard of {aeppl1.full}, {aestreet1.full}, overnight on {aeday1.long}. GPS tracker
{aedev1} last seen near {aetown1}.
""",
    ),
    T(
        "ae-sea-6",
        "yacht crew agreement",
        """\
Crew agreement - pleasure yacht [[Sea Swallow]]
Skipper {aeppl1.full} (licence {aelic1.seafarer})
Crew {aeppl2.full} (passport {aepass1}), {aeppl3.full} (passport {aepass2})
Voyage from [[Falmouth]] {aeday1.dmy}
""",
    ),
    T(
        "ae-pilot-5",
        "flight school student record",
        """\
Student pilot: {aeppl1.lower}
DOB: {aebirth1.mon}
Medical class 2 expires {aeday1.mon}
Instructor: {aeppl2.caps_last}
Next lesson: [[circuits and bumps]]
""",
    ),
    T(
        "ae-voter-5",
        "voter ID card application",
        """\
Voter Authority Certificate application
Name: {aeppl1.first_caps_last}
{aenid1.label}: {aenid1}
Photo: {aephoto1}
Address: {aestreet1.lines}
Applied {aeday1.dmy}
""",
    ),
    T(
        "ae-poll-3",
        "polling station incident log",
        """\
Incident 3, [[polling station 7]], {aeday1.dmy} 19:40: voter {aeppl1.full} found someone had
already voted in his name. Issued a [[tendered ballot]]. Presiding officer {aeppl2.initials}.
Elector no {aeref1.voter}.
""",
    ),
    T(
        "ae-peer-9",
        "reviewer payment form",
        """\
Honorarium for reviewers
Payee: {aeppl1.caps_last_first}
Tax ID: {aenid1}
Bank: {aeiban1}
Reviews completed: 4 for [[Journal of Agrarian Studies]]
Date {aeday1.dot}
""",
    ),
    T(
        "ae-gift-4",
        "in-memoriam donation card",
        """\
In memory of {aeppl1.full}, who died on {aeday1.long} aged {aeold1},
donations to [[Parkinson's research]] from {aeppl2.first_last} and family,
{aestreet1.full}.
""",
    ),
    T(
        "ae-bingo-2",
        "online bingo chat transcript",
        """\
chat room [[Lucky Lounge]]
{aeppl1.handle_initial}: omg won the 90 ball!!
host_CM: congrats {aeppl1.handle_initial}
{aeppl2.handle_initial}: lol my nan {aeppl3.first_last} plays in your hall in {aetown1}
""",
    ),
    T(
        "ae-fit-3",
        "bike share account record",
        """\
rider: {aeppl1.full} | phone: {aetel1} | card: {aecard1.spaced}
last ride: dock [[Riverside 12]] to dock [[Museum Quarter]] on {aeday1.dmy}
bike: {aedev1} | app ip: {aeip1}
""",
    ),
    T(
        "ae-mac-1",
        "smart feeder registration (livestock)",
        """\
feeder_id={aedev1}
wifi_mac={aemac1.cisco}
farm_owner={aeppl1.full}
owner_phone={aetel1}
herd=[[dairy calves]]
registered={aeday1.iso}
""",
    ),
    T(
        "ae-bio-1",
        "biometric enrolment (gym access)",
        """\
Biometric enrolment receipt
Member {aeppl1.full} enrolled a [[fingerprint]] template {aebio1}
and a face image {aephoto1} on {aeday1.dmy} at the {aetown1} branch.
""",
    ),
    T(
        "ae-vin-1",
        "vehicle sale (marketplace)",
        """\
Seller {aeppl1.full} lists a [[2014 estate car]], VIN {aevin1}, plate {aeplate1}.
Buyer {aeppl2.full} paid deposit from {aeiban1} on {aeday1.dmy}.
""",
    ),
    T(
        "ae-fax-1",
        "fax cover sheet (veterinary practice)",
        """\
FAX
To: {aeppl1.full}   Fax: {aefax1}
From: {aeppl2.full}   Tel: {aetel1}
Re: [[TB test results]] for herd {aeref1.holding}
Pages: 3   Date: {aeday1.dmy}
""",
    ),
    T(
        "ae-ssn-1",
        "W-9 request (prize winner)",
        """\
Form W-9 follow-up. Sweepstakes winner {aeppl1.full}, {aestreet1.full}.
SSN {aessn1}; prize [[trip for two]] valued at 4,800; issued {aeday1.us_long}.
""",
    ),
]

LOCALES = (
    "en_US", "en_GB", "en_IE", "en_AU", "en_NZ", "en_CA", "en_IN", "it_CH", "de_DE",
    "de_AT", "de_CH", "fr_FR", "fr_BE", "fr_CH", "it_IT", "es_ES", "es_MX", "es_AR",
    "es_CL", "es_CO", "pt_PT", "pt_BR", "nl_NL", "nl_BE", "sv_SE", "da_DK", "no_NO",
    "fi_FI", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "et_EE",
    "lt_LT", "lv_LV", "tr_TR", "id_ID", "vi_VN", "en_KE", "en_NG", "ga_IE",
)  # fmt: skip

SPLIT = Split(
    name="heldout_ae",
    templates=TEMPLATES,
    seeds=range(84460001, 84460401),
    locales=tuple((loc, 1) for loc in LOCALES),
    name_countries=("GB", "DE", "FR", "ES"),
    id_countries=tuple(s.country for s in SCHEMES),
    shapes=dict.fromkeys(
        ("mrn", "plan", "claim", "account", "licence", "reg", "cert", "serial"), ("AE-####-??",)
    ),
    date_formats=("%d %b %Y",),
)

# HIPAA Safe Harbor, 45 CFR 164.514(b)(2)(i): the slots that write each of the 18 classes.
AE_SAFE_HARBOR: dict[str, tuple[str, ...]] = {
    "A names": ("aeppl", "aenative"),
    "B geographic subdivisions smaller than a state": ("aetown", "aestreet", "aepost"),
    "C dates (except year) directly related to an individual, and ages over 89": (
        "aeday",
        "aebirth",
        "aeold",
    ),
    "D telephone numbers": ("aetel",),
    "E fax numbers": ("aefax",),
    "F electronic mail addresses": ("aemail",),
    "G social security numbers": ("aessn",),
    "H medical record numbers": ("aemrn",),
    "I health plan beneficiary numbers": ("aebene",),
    "J account numbers": ("aeacct", "aeiban", "aecard"),
    "K certificate/license numbers": ("aelic",),
    "L vehicle identifiers and serial numbers, including license plate numbers": (
        "aevin",
        "aeplate",
    ),
    "M device identifiers and serial numbers": ("aedev", "aeimei"),
    "N web universal resource locators (URLs)": ("aeurl",),
    "O internet protocol (IP) address numbers": ("aeip",),
    "P biometric identifiers, including finger and voice prints": ("aebio",),
    "Q full-face photographic images and any comparable images": ("aephoto",),
    "R any other unique identifying number, characteristic, or code": (
        "aenid",
        "aepass",
        "aeref",
        "aemac",
    ),
}
