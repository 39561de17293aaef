"""Split F: held out in session 20, run once there and reported; DEV-side since session 21.

Session 21 reads F's leaks by value and tunes on them (as on D and E), so F no longer
measures generalisation: held-out G (heldout_g_templates.py), written before that tuning
by an author barred from F, does. What follows is how F was written.

Written in session 20 by helper h20-f, who never opened, ran or read the redactor, its
documentation or results, the other held-out splits' templates or local forms, or the
DEV-side stress sets. The documents follow how hospitals, pharmacies, labs, banks,
insurers, employers, courts, police, tax offices, carriers and their customers write in
each country (the language's own dates, scripts, calendars, name order and number
groupings; f_forms.py draws those values), not guesses about what a redactor catches.
Every identifier class of HIPAA Safe Harbor (45 CFR 164.514(b)(2)) appears: a text
document holds no photograph or fingerprint itself, so those two classes appear as the
links and template numbers that point at one person's photograph or biometric record.

Seeds 52520001..52520400 (no other split uses them). The evaluation runs this split once,
after the redactor is frozen, and never prints its values.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

T = Template

JA = (("ja_JP", 1),)
ZH = (("zh_CN", 2), ("zh_TW", 1))
KO = (("ko_KR", 1),)
RU = (("ru_RU", 3), ("uk_UA", 1))
AR = (("ar_SA", 2), ("ar_DZ", 1), ("ar_PS", 1))
FA = (("fa_IR", 1),)
HE = (("he_IL", 1),)
EL = (("el_GR", 1),)
TH = (("th_TH", 1),)
HI = (("hi_IN", 2), ("bn_BD", 1), ("ta_IN", 1), ("ne_NP", 1))
ES = (("es_ES", 2), ("es_MX", 2), ("es_CO", 1), ("es_AR", 1), ("es_CL", 1))
DE = (("de_DE", 3), ("de_AT", 1), ("de_CH", 1))
FR = (("fr_FR", 3), ("fr_BE", 1), ("fr_CA", 1), ("fr_CH", 1))
PT = (("pt_BR", 2), ("pt_PT", 1))
NL = (("nl_NL", 2), ("nl_BE", 1))
NORDIC = (("sv_SE", 1), ("no_NO", 1), ("da_DK", 1), ("fi_FI", 1), ("is_IS", 1))
VI = (("vi_VN", 1),)
TR = (("tr_TR", 1),)
HU = (("hu_HU", 1),)
PL = (("pl_PL", 2), ("cs_CZ", 1), ("sk_SK", 1))

TEMPLATES = (
    # --- clinical note ---
    T(
        "f-clinical-1",
        "clinical note",
        """\
OUTPATIENT ATTENDANCE — {date1}
Pt: {who1.latin_passport}   Hosp. no. {mrn1}   Born {dob}
Interpreter booked for {who1.latin_first}; family speaks little English.
Hx: [[poorly controlled hypertension]], on amlodipine. Today 158/94.
Son {who2.latin} will bring the home BP diary. Mobile {tel1}.
Impression: [[white coat effect unlikely]]. Recheck in four weeks.
— {person1.initials_caps_last}, registrar
""",
    ),
    T(
        "f-clinical-2",
        "clinical note",
        """\
外来診療録
患者氏名：{who1.cjk}（{who1.reading}）様
生年月日：{born1}　受診日：{when1}
カルテ番号：{mrn1}
主訴：[[三日前からの咳嗽と微熱]]
所見：肺野清、SpO2 97%。
処方：[[去痰薬を五日分]]
担当医：{who2.cjk}
""",
        locales=JA,
    ),
    T(
        "f-clinical-3",
        "clinical note",
        """\
Дневниковая запись от {when1}
Пациент {who1.fio}, дата рождения {born1}, {ins1.label} {ins1}.
Жалобы на [[боли в эпигастрии после еды]]. Живёт по адресу: {home1}.
Контактный телефон дочери ({who2.patronym}): {tel1}.
Лечащий врач {who3.fio_init}
""",
        locales=(("ru_RU", 1),),
    ),
    # --- discharge summary ---
    T(
        "f-discharge-1",
        "discharge summary",
        """\
EPICRISIS / DISCHARGE LETTER
Name.................. {who1.latin_caps_last_first}
Admitted via ED........ {date1}
Left ward.............. {date2}
Unit no................ {mrn1}
Age.................... {age1}
Discharged to daughter's home: {addr1}, {city1}.
Course: [[community-acquired pneumonia]], IV co-amoxiclav then oral.
GP please [[repeat chest film in six weeks]].
Consultant: Dr {person1.first_caps_last}
""",
    ),
    T(
        "f-discharge-2",
        "discharge summary",
        """\
출원 요약지
환자: {who1.cjk} ({who1.latin_passport})  나이: {old1}
입원일 {when1} / 퇴원일 {when2}
등록번호 {mrn1}
진단명: [[대퇴골 경부 골절]], [[인공관절 치환술 시행]]
보호자 연락처 {tel1}
주치의 {who2.cjk}
""",
        locales=KO,
    ),
    T(
        "f-discharge-3",
        "discharge summary",
        """\
סיכום אשפוז
שם המטופל: {who1.full} ({who1.latin})
ת.ז. {natid1.il}
תאריך קבלה: {when1}   תאריך שחרור: {when2}
אבחנה: [[אי ספיקת לב]]; [[הומלץ על הגבלת מלח]].
כתובת: {home1}
רופא משחרר: {who2.full}
""",
        locales=HE,
    ),
    # --- radiology request ---
    T(
        "f-radiology-1",
        "radiology request",
        """\
Imaging request (eRS)
Requester: {person1.last_first_initial} (on call), {lic1.label} {lic1}
Patient {who1.latin_last}, {who1.latin_first} — DOB {dob}
ID: {natno1} ({natno1.label})
Clinical question: [[?scaphoid fracture, fall on outstretched hand]]
Modality: [[MRI wrist]]   Implant check: {dev1.label} {dev1}
Patient reachable on {tel1}
""",
    ),
    T(
        "f-radiology-2",
        "radiology request",
        """\
Demande d'examen d'imagerie
Patient : {who1.caps_last} {who1.first}, né(e) le {born1}
NIR : {natid1.fr}
Adresse : {home1}
Examen demandé : [[scanner thoracique sans injection]]
Renseignements : [[toux chronique, ancien fumeur]]
Médecin demandeur : Dr {who2.full}, RPPS {reg1}
""",
        locales=(("fr_FR", 1),),
    ),
    # --- insurance claim ---
    T(
        "f-claim-1",
        "insurance claim",
        """\
Motor claim intake — ref {claim1}
Insured: {who1.latin}
Policy {plan1}; cover [[third party, fire and theft]]
Loss date: {date1}, at {street1}, {city1}
Vehicle: {car1}, chassis {vin1}
Third party driver: {person1.full}, {drv1.label} {drv1}
Settlement to IBAN {iban1}
""",
    ),
    T(
        "f-claim-2",
        "insurance claim",
        """\
Reclamación de gastos médicos
Asegurado: {who1.first} {who1.last}
Fecha de nacimiento: {dob}
N.º de póliza {plan1} · siniestro {claim1}
Concepto: [[consulta de traumatología y radiografía]]
Reembolso a la cuenta {iban1}
Teléfono {tel1} · correo {mail1}
""",
        locales=ES,
    ),
    # --- KYC review ---
    T(
        "f-kyc-1",
        "KYC review",
        """\
CDD file note
Applicant: {who1.latin_passport}; native spelling {who1.full}
Passport: {passport1}   {idno1.label}: {idno1}
Residence: {home1}
Occupation stated: [[self-employed importer of textiles]]
Onboarding session from {ip1} ({city1}); device MAC {mac1}; voice check {bio1}
Selfie on file: {photo1}
Screening: [[no sanctions match]]. Checked by {person1.initial_nodot_last} on {date1}.
""",
    ),
    T(
        "f-kyc-2",
        "KYC review",
        """\
本人確認記録
氏名：{who1.cjk}　フリガナ：{who1.reading}
ローマ字：{who1.latin_passport}
生年月日：{born1}
個人番号：{natid1.jp}
住所：{home1}
電話：{tel1}
確認書類：[[運転免許証の原本を照合済み]]
""",
        locales=JA,
    ),
    T(
        "f-kyc-3",
        "KYC review",
        """\
客户身份识别表
姓名：{who1.cjk}   拼音：{who1.latin_passport}
身分證字號：{idno1.tw}
出生日期：{born1}
联系地址：{home1}
手机：{tel1}   邮箱：{mail1}
风险等级：[[低风险]]，资金来源：[[工资收入]]
""",
        locales=(("zh_TW", 1),),
    ),
    # --- fraud case ---
    T(
        "f-fraud-1",
        "fraud case",
        """\
ALERT – account takeover suspected
Customer {who1.latin} | acct {account1} | card {card1}
Password reset from {ipsix1} at {date1}, then payee added: {iban1}.
Device changed: {dev1.label} {dev1}
Genuine customer reached on {tel1}: [[denies the transfer]].
Action: [[card blocked and reissued]]. Analyst {person1.handle_initial}
""",
    ),
    T(
        "f-fraud-2",
        "fraud case",
        """\
Informe de fraude con tarjeta
Titular: {who1.caps_last_space_first}
Tarjeta: {card1}  ·  Cuenta: {account1}
Operaciones no reconocidas desde el {date1} en un comercio de {city1}.
IP de la sesión: {ip1}
La titular confirma que [[nunca compartió su PIN]].
Gestor: {person1.first_last}
""",
        locales=ES,
    ),
    # --- HR leave request ---
    T(
        "f-hr-1",
        "HR leave request",
        """\
Absence form (compassionate)
Staff member ........ {who1.latin}
Payroll ID .......... {account1}
Leave from .......... {date1}
Returning ........... {date2}
Reason: [[funeral of a grandparent abroad]]
Line manager ........ {person1.last_initial}
Contact while away .. {tel1}
""",
    ),
    T(
        "f-hr-2",
        "HR leave request",
        """\
Urlaubsantrag
Mitarbeiterin: {who1.last}, {who1.first}
Personalnummer {account1}
Zeitraum: {when1} bis {when2}
Art: [[Sonderurlaub wegen Umzug]]
Neue Anschrift: {home1}
Genehmigt: {who2.initial_last}
""",
        locales=DE,
    ),
    # --- chat transcript ---
    T(
        "f-chat-1",
        "chat transcript",
        """\
— conversation started {date1} —
bot: Hello! Type your question.
{who1.latin_handle}: need to update address pls
bot: Passing you to a colleague…
{person1.first} (agent): Hi {who1.latin_first}, what's the new address?
{who1.latin_handle}: {addr1}
{person1.first} (agent): Done. [[Your next statement goes there]].
""",
    ),
    T(
        "f-chat-2",
        "chat transcript",
        """\
[WhatsApp]
{when1} 08:02 - {who1.first}: Bom dia, a consulta ainda está marcada?
{when1} 08:05 - Clínica: Sim, [[às 10h com a fisioterapeuta]].
{when1} 08:05 - Clínica: Confirma o CPF {natid1.br}?
{when1} 08:06 - {who1.first}: confirmo. meu celular novo é {tel1}
""",
        locales=(("pt_BR", 1),),
    ),
    # --- referral letter ---
    T(
        "f-referral-1",
        "referral letter",
        """\
Dear Colleague,

Re: {who1.latin_passport}, born {dob}, of {addr1}

I would be grateful if you would see this {age1}-year-old with [[progressive
shortness of breath and ankle oedema]]. Echo arranged. A relative, {who2.latin}, deals
with correspondence and can be reached at {mail1}.

Kind regards,
{person1.full}
General Practitioner, reg. {reg1}
""",
    ),
    T(
        "f-referral-2",
        "referral letter",
        """\
Geachte collega,

Graag verwijs ik mevrouw {who1.first} {who1.last} (geb. {born1}, BSN {natid1.nl})
naar uw polikliniek in verband met [[recidiverende urineweginfecties]].
Zij woont op {home1}; telefonisch bereikbaar via {tel1}.
Uitslagen graag per fax naar {tel2}.

Met collegiale groet,
{who2.full}, huisarts
""",
        locales=(("nl_NL", 1),),
    ),
    # --- lab report ---
    T(
        "f-lab-1",
        "lab report",
        """\
LABORATORY REPORT                                   Page 1/1
Patient   : {who1.latin_caps_last}, {who1.latin_first}      Age: {age1}
Lab No    : {mrn1}                 Collected: {date1}
Referrer  : {person1.initials_nodot_last}
----------------------------------------------------------
Test                Result   Units     Ref.
[[HbA1c]]           8.4      %         4.2-6.0
[[Creatinine]]      132      umol/L    45-90
----------------------------------------------------------
Report to portal: {link1}
""",
    ),
    T(
        "f-lab-2",
        "lab report",
        """\
化验报告单
姓名：{who1.cjk}   年龄：{old1}   病历号：{mrn1}
采样时间：{when1}
检验项目：[[血常规]]
[[白细胞计数]] 11.2 ×10^9/L ↑
送检医生：{who2.cjk}
""",
        locales=ZH,
    ),
    T(
        "f-lab-3",
        "lab report",
        """\
Wynik badania laboratoryjnego
Pacjent: {who1.caps_last} {who1.first}
PESEL: {natid1.pl}
Data pobrania: {date1}
[[Stężenie TSH]]: 6,8 mIU/l ([[powyżej normy]])
Lekarz zlecający: {who2.initial_last}
""",
        locales=(("pl_PL", 1),),
    ),
    # --- pharmacy label ---
    T(
        "f-pharmacy-1",
        "pharmacy label",
        """\
Rx# {rx1}          Qty 30   Refills 2
{who1.caps_last_first_all}
{addr1}
[[Metformin 500 mg tablets]]
[[Take one tablet twice daily with meals]]
Dr. {person1.last}   DEA {dea1}
Filled {date1}   Pharmacy tel {usphone1}
""",
        locales=(("en_US", 1),),
    ),
    T(
        "f-pharmacy-2",
        "pharmacy label",
        """\
ฉลากยา
ชื่อผู้ป่วย: {who1.full}
HN: {mrn1}   วันที่: {when1}
[[พาราเซตามอล 500 มก.]]
[[รับประทานครั้งละ 1 เม็ด ทุก 6 ชั่วโมง เมื่อมีไข้]]
เภสัชกร: {who2.full}
""",
        locales=TH,
    ),
    # --- prescription ---
    T(
        "f-prescription-1",
        "prescription",
        """\
Ricetta elettronica
Assistito: {who1.last} {who1.first}
Codice fiscale: {natid1.it}
Data: {date1}
Prescrizione: [[amoxicillina 1 g, una compressa ogni 12 ore per 6 giorni]]
Medico: {who2.full}, iscrizione all'Ordine n. {reg1}
""",
        locales=(("it_IT", 1),),
    ),
    T(
        "f-prescription-2",
        "prescription",
        """\
Rp.
[[Ibuprofen 400 mg, N2, 1-1-1 nach dem Essen]]
für {who1.first} {who1.last}, geb. {born1}
Versicherten-Nr. {plan1}
{home1}
Praxis {who2.last}, Tel. {tel1}
""",
        locales=DE,
    ),
    # --- court order ---
    T(
        "f-court-1",
        "court order",
        """\
IN THE COUNTY COURT AT {city1}
Claim No. {case1}
BETWEEN {who1.caps_full} (Claimant) and {person1.caps_full} (Defendant)
ORDER made on {date1} by District Judge {person2.last}
1. [[The Defendant shall pay the Claimant's costs]] within 14 days.
2. Service at the Defendant's address, {addr1}, is deemed good.
""",
        locales=(("en_GB", 1),),
    ),
    T(
        "f-court-2",
        "court order",
        """\
BESCHLUSS
In der Familiensache
{who1.first} {who1.last}, geb. {born1}, wohnhaft {home1}
– Antragstellerin –
Az.: {case1}
wird [[der Umgang mit dem Kind vorläufig geregelt]].
{city1}, den {when1}
Richterin am Amtsgericht {who2.last}
""",
        locales=(("de_DE", 1),),
    ),
    # --- tax letter ---
    T(
        "f-tax-1",
        "tax letter",
        """\
HM Revenue & Customs
{who1.latin_first} {who1.latin_last}
{addr1}

Your reference {idno1.gb}
Date {date1}

We have [[reviewed your Self Assessment return]]. The amount due will be collected
through your tax code. Please quote your National Insurance details when you call.
""",
        locales=(("en_GB", 1),),
    ),
    T(
        "f-tax-2",
        "tax letter",
        """\
Avis d'impôt sur le revenu
Déclarant 1 : {who1.caps_last} {who1.first}
Numéro fiscal : {idno1.fr}
Adresse : {home1}
Date d'établissement : {when1}
[[Montant de votre impôt : 1 240 €]]
Prélèvement sur le compte {iban1}
""",
        locales=(("fr_FR", 1),),
    ),
    T(
        "f-tax-3",
        "tax letter",
        """\
اطلاعیه مالیاتی
مؤدی گرامی {who1.full}
کد ملی: {idno1.ir}
تاریخ صدور: {when1}
[[مهلت پرداخت مالیات تا پایان ماه است]]
نشانی: {home1}
""",
        locales=FA,
    ),
    # --- shipping note ---
    T(
        "f-shipping-1",
        "shipping note",
        """\
DELIVERY NOTE / PACKING SLIP
Ship to: {who1.caps_full}
{addr1.lines}
Tel: {tel1}
Contents: [[2 x compression stockings, size M]]
Cold chain: [[keep between 2 and 8 °C]]
Courier: {person1.first_initial} · van {plate1}
""",
    ),
    T(
        "f-shipping-2",
        "shipping note",
        """\
宅急便 送り状
お届け先：{home1}
{who1.cjk} 様
電話番号：{tel1}
品名：[[医薬品（要冷蔵）]]
配達希望日：{when1}
""",
        locales=JA,
    ),
    # --- e-mail thread ---
    T(
        "f-email-1",
        "e-mail thread",
        """\
From: "{who1.latin_last}, {who1.latin_first}" <{mail1}>
Sent: {date1}
To: billing
Subject: RE: RE: invoice query

That's right, please [[split the invoice across two months]]. My card is the one
ending in the last four of {card1}.

> On {date2}, {person1.full} wrote:
> Could you confirm the account number {account1} is still yours?
""",
    ),
    T(
        "f-email-2",
        "e-mail thread",
        """\
Von: {who1.full} <{mail1}>
An: personal@
Betreff: AW: Arbeitsunfähigkeit

Liebe(r) {who2.first},
[[die Arbeitsunfähigkeitsbescheinigung]] reiche ich nach. Ich bin bis {when1} krank.
Erreichbar unter {tel1}.
Grüße
{who1.initial_last}
""",
        locales=DE,
    ),
    T(
        "f-email-3",
        "e-mail thread",
        """\
От: {who1.fio_init} <{mail1}>
Тема: Re: выписка по счёту

Добрый день, {who2.patronym}!
Прошу [[выслать выписку за прошлый квартал]]. Номер счёта {account1}.
С уважением, {who1.fio}
""",
        locales=RU,
    ),
    # --- SMS ---
    T(
        "f-sms-1",
        "SMS",
        """\
SMS from {tel1}, {date1}:
Hi {who1.latin_first}, reminder: [[bring your inhaler]] to tomorrow's review
with Dr {person1.last}. Reply STOP to opt out.
""",
    ),
    T(
        "f-sms-2",
        "SMS",
        """\
Mensaje de {tel1}:
{who1.first}, tu cita de [[vacunación antigripal]] es el {when1}.
Código de paciente {mrn1}. Responde SI para confirmar.
""",
        locales=ES,
    ),
    T(
        "f-sms-3",
        "SMS",
        """\
{tel1} → me, {date1} 21:47
hey {who1.nick}, it's {person1.first}. Mum's [[physio moved to Friday]], can u drive her?
her new address is {addr1}
""",
        locales=(("en_US", 2), ("en_GB", 2), ("en_AU", 1)),
    ),
    T(
        "f-sms-4",
        "SMS",
        """\
[Web발신]
{who1.cjk}님, {when1} [[정기 검진]] 예약이 확정되었습니다.
등록번호 {mrn1}
변경 문의 {tel1}
""",
        locales=KO,
    ),
    T(
        "f-sms-5",
        "SMS",
        """\
【市第一医院】{who1.cjk}您好，您预约的[[口腔科门诊]]时间为{when1}，就诊卡号{mrn1}。
如需改约请致电{tel1}。
""",
        locales=(("zh_CN", 1),),
    ),
    # --- messenger chat ---
    T(
        "f-chat-3",
        "chat transcript",
        """\
[Telegram] {when1}
{who1.nick}: Привет! Ты записала маму к кардиологу?
{who2.first}: Да, на [[четверг в 9:30]]. Полис у тебя: {ins1}?
{who1.nick}: Нет, он у папы. Его номер {tel1}
""",
        locales=(("ru_RU", 1),),
    ),
    T(
        "f-referral-3",
        "referral letter",
        """\
RUJUKAN PASIEN RAWAT JALAN
Yth. Sejawat dr. {who2.full}
Bersama ini kami kirimkan pasien berikut:
Nama: {who1.full}
Umur: {old1}
NIK: {natid1.id}
Alamat: {home1}
Diagnosa sementara: [[demam berdarah dengue]]
Hormat kami, {who3.full}
""",
        locales=(("id_ID", 1),),
    ),
    # --- call-centre log ---
    T(
        "f-callcentre-1",
        "call-centre log",
        """\
CALL LOG (retail banking)
Inbound {date1} · caller ID {tel1} · IVR path 3>1>4
Caller identified as {who1.latin} (verified: DOB {dob}, postcode {postcode1})
Issue: [[disputed late-payment fee]]
Outcome: [[fee refunded as goodwill]]; callback offered on {tel2}
Agent: {person1.handle_last_initial}
""",
    ),
    T(
        "f-callcentre-2",
        "call-centre log",
        """\
Çağrı kaydı – {when1}
Arayan: {who1.first} {who1.last} (T.C. {natid1.tr})
Numara: {tel1}
Konu: [[kredi kartı limit artışı talebi]]
Sonuç: [[talep değerlendirmeye alındı]]
Temsilci: {who2.first} {who2.caps_last}
""",
        locales=TR,
    ),
    # --- CSV export ---
    T(
        "f-csv-1",
        "CSV export",
        """\
patient_id,family,given,dob,phone,ward,reason
{mrn1},{who1.latin_last},{who1.latin_first},{dob},{tel1},B4,[[falls assessment]]
{mrn2},{person1.last},{person1.first},{date1},{usphone1},B4,[[pressure area check]]
""",
    ),
    T(
        "f-csv-2",
        "CSV export",
        """\
"txn_date";"iban";"holder";"ip";"memo"
"{date1}";"{iban1}";"{who1.latin_caps_last_first}";"{ip1}";"[[standing order, rent]]"
"{date2}";"{iban1}";"{who1.latin_caps_last_first}";"{ipsix1}";"[[card refund]]"
""",
    ),
    # --- JSON export ---
    T(
        "f-json-1",
        "JSON export",
        """\
{
  "resourceType": "Patient",
  "identifier": [{"system": "urn:mrn", "value": "{mrn1}"}],
  "name": [{"family": "{who1.latin_last}", "given": ["{who1.latin_first}"]}],
  "birthDate": "{dob}",
  "telecom": [{"system": "email", "value": "{mail1}"}],
  "address": [{"text": "{addr1}"}],
  "note": "[[allergic to penicillin]]"
}
""",
        date_formats=("%Y-%m-%d",),  # FHIR dates are ISO 8601
    ),
    T(
        "f-json-2",
        "JSON export",
        """\
{"event":"login","ts":"{date1}","user":"{who1.latin_handle}","src_ip":"{ip1}",
 "mac":"{mac1}","geo":"{geo1}","imei":"{imei1}","result":"[[mfa challenge passed]]"}
""",
    ),
    # --- HL7 message ---
    T(
        "f-hl7-1",
        "HL7 message",
        """\
MSH|^~\\&|LAB|NORTHWING|EHR|MAIN|{date1}||ORU^R01|MSG00417|P|2.5.1
PID|1||{mrn1}^^^MAIN^MR||{who1.latin_last}^{who1.latin_first}||{dob}|M|||{street1}^^{city1}^^{postcode1}||{tel1}
OBX|1|NM|[[Potassium]]||5.9|mmol/L|3.5-5.1|H|||F
NTE|1||[[Haemolysed sample, repeat advised]]
""",
        date_formats=("%Y%m%d",),
    ),
    T(
        "f-hl7-2",
        "HL7 message",
        """\
MSH|^~\\&|ADT|WEST||BED|{date1}||ADT^A03|Q8812|P|2.4
PID|||{mrn1}||{person1.caps_last}^{person1.caps_first}||{dob}|F||||||{usphone1}|||||{natid1.us}
PV1||I|[[CARDIOLOGY STEP-DOWN]]^12^B|||||{npi1}^{person2.last}^{person2.first}
""",
        date_formats=("%Y%m%d",),
        locales=(("en_US", 1),),
    ),
    # --- scanned form (OCR) ---
    T(
        "f-ocr-1",
        "scanned form (OCR)",
        """\
APPLICAT1ON FOR REPLACEMENT CARD        page 1 of 2
Surname (BLOCK CAPITALS): {who1.latin_caps_last}
Forenames: {who1.latin_first}
Date of birth: {dob}           Nationa1ity: [[as on passport]]
Address: {addr1}
Card number being replaced: {card1}
Customer ref (from stamp): {scan1}
Signature: {who1.latin_initial_last}    Date: {date1}
""",
    ),
    T(
        "f-ocr-2",
        "scanned form (OCR)",
        """\
FORMULAIRE DE DEMANDE D'AIDE
Nom : {who1.caps_last}
Prénom : {who1.first}
Date de nais-
sance : {born1}
{ins1.label} : {ins1}
Téléphone : {tel1}
Dossier n° {scan1}
Motif : [[aide au logement suite à une hospitalisation]]
""",
        locales=(("fr_FR", 1),),
    ),
    # --- spreadsheet paste ---
    T(
        "f-sheet-1",
        "spreadsheet paste",
        """\
Name\tRoom\tDOB\tNext of kin\tNOK phone\tNote
{who1.latin}\t12\t{dob}\t{person1.first_last}\t{tel1}\t[[nil by mouth from midnight]]
{who2.latin}\t14\t{date1}\t{person2.first_last}\t{phone1}\t[[diabetic diet]]
""",
    ),
    T(
        "f-sheet-2",
        "spreadsheet paste",
        """\
Asset\tSerial\tMAC\tAssigned to\tSince
Infusion pump\t{serial1}\t{mac1}\t{who1.latin}\t{date1}
Ventilator\t{udi1}\t{mac2}\t{person1.last_first}\t{date2}
Remark: [[both due for annual calibration]]
""",
    ),
    # --- adverse event report ---
    T(
        "f-adverse-1",
        "adverse event report",
        """\
ICSR – individual case safety report
Patient initials: {who1.latin_initials}   Age: {age1}
Reporter: {person1.full}, pharmacist, {mail1}, {tel1}
Suspect drug: [[apixaban 5 mg]], batch on file
Event: [[gastrointestinal bleeding]], onset {date1}
Outcome: [[recovered with sequelae]]
""",
    ),
    T(
        "f-adverse-2",
        "adverse event report",
        """\
Отчёт о нежелательной реакции
Пациент: {who1.fio_init}, возраст {old1}
Дата начала реакции: {when1}
Подозреваемый препарат: [[ципрофлоксацин]]
Реакция: [[разрыв ахиллова сухожилия]]
Сообщил: {who2.fio}, тел. {tel1}
""",
        locales=RU,
    ),
    # --- clinical trial CRF ---
    T(
        "f-crf-1",
        "clinical trial CRF",
        """\
CRF v3 – Visit 4 (Week 12)
Site 014 · Subject screening no. {mrn1} · Initials {who1.latin_letters}
Visit date: {date1}   Year of birth: on source doc
Concomitant meds reviewed by {person1.initial_last}
[[Primary endpoint: change in FEV1 from baseline]]
Wearable sensor {dev1.label}: {dev1}
Source address (for courier of kits): {addr1}
""",
    ),
    T(
        "f-crf-2",
        "clinical trial CRF",
        """\
臨床試験 症例報告書
被験者識別コード：{mrn1}
被験者氏名（カナ）：{who1.reading}
同意取得日：{when1}
[[有害事象なし]]
治験責任医師：{who2.cjk}
""",
        locales=JA,
    ),
    # --- police report ---
    T(
        "f-police-1",
        "police report",
        """\
Incident {crime1}
Reported {date1} by {who1.latin} ({tel1}), resident at {addr1}.
Complainant states [[her bicycle was taken from the communal store]].
Suspect vehicle seen: {plate1}, VIN partially read: {vin1}
Officer: PC {person1.last} {reg1}
""",
    ),
    T(
        "f-police-2",
        "police report",
        """\
Ocorrência policial
Comunicante: {who1.full}, CPF {natid1.br}
Endereço: {home1}
Data do fato: {when1}
Veículo envolvido: placa {car1}
Relato: [[colisão traseira em cruzamento, sem feridos]]
Escrivão: {who2.initial_last}
""",
        locales=(("pt_BR", 1),),
    ),
    # --- payslip ---
    T(
        "f-payslip-1",
        "payslip",
        """\
PAYSLIP   Period ending {date1}
Employee: {who1.latin_passport}    Emp no. {account1}
Tax id: {natno1}
Paid to sort-code/acct: {account2}
[[Basic pay 2,450.00]]   [[Overtime 312.50]]
Net pay credited on {date2}
""",
    ),
    T(
        "f-payslip-2",
        "payslip",
        """\
Výplatní páska
Zaměstnanec: {who1.first} {who1.last}
Rodné číslo: {natid1.cz}
Osobní číslo: {account1}
[[Hrubá mzda 42 300 Kč]]
Výplata na účet: {iban1}
""",
        locales=(("cs_CZ", 1),),
    ),
    # --- bank statement ---
    T(
        "f-statement-1",
        "bank statement",
        """\
STATEMENT OF ACCOUNT
{who1.caps_full}
{addr1.lines}
IBAN {iban1}        Statement date {date1}
Date        Description                      Amount
{date2}  Card {card1} grocery           -54.20
{date3}  [[Salary]]                        +2,310.00
""",
    ),
    T(
        "f-statement-2",
        "bank statement",
        """\
كشف حساب
اسم العميل: {who1.full}
رقم الحساب: {account1}
آيبان: {iban1}
الفترة حتى: {when1}
[[رسوم صيانة الحساب]]
""",
        locales=AR,
    ),
    # --- death certificate ---
    T(
        "f-death-1",
        "death certificate",
        """\
MCCD (death certification) – extract
Deceased: {who1.latin_caps}, aged {age1}
Photograph for identification: {photo1}
Date of death: {date1}   Place of death: {addr1}
I (a) [[Bronchopneumonia]]  (b) [[Frailty of old age]]
Certifying practitioner: {person1.full}, {npi1}
Informant: {person2.full}, {tel1}
Register entry: certificate no. {cert1}
""",
    ),
    T(
        "f-death-2",
        "death certificate",
        """\
Certidão de óbito
Falecido(a): {who1.full}, {old1}
Data do óbito: {when1}
Local: {home1}
Causa: [[insuficiência respiratória aguda]]
Declarante: {who2.full}
""",
        locales=PT,
    ),
    # --- vaccination record ---
    T(
        "f-vaccination-1",
        "vaccination record",
        """\
टीकाकरण प्रमाणपत्र
लाभार्थी का नाम: {who1.full} ({who1.latin})
आयु: {old1}
{natid1.label}: {natid1}
पहली खुराक: {when1}
टीका: [[कोविशील्ड]]
वेरिफ़िकेशन लिंक: {link1}
""",
        locales=(("hi_IN", 1),),
        id_countries=("IN",),
    ),
    T(
        "f-vaccination-2",
        "vaccination record",
        """\
Vaccination card
Name: {who1.latin}
Date of birth: {dob}
Dose 1 [[MMR]] given {date1}; dose 2 given {date2}
Clinic phone {tel1}
""",
    ),
    # --- appointment reminder ---
    T(
        "f-reminder-1",
        "appointment reminder",
        """\
Dear {who1.latin_first},
This is to remind you of your [[dental hygiene appointment]] on {date1}.
If you need to change it, call {tel1} or use {link1}.
Please arrive 10 minutes early. Patient number {mrn1}.
""",
    ),
    T(
        "f-reminder-2",
        "appointment reminder",
        """\
Tisztelt {who1.last} {who1.first}!
Emlékeztetjük, hogy [[szemészeti kontrollvizsgálata]] időpontja: {when1}
{ins1.label}: {ins1}
Kérdés esetén hívja: {tel1}
""",
        locales=HU,
    ),
    # --- loan application ---
    T(
        "f-loan-1",
        "loan application",
        """\
Personal loan application #{claim1}
Applicant ............ {who1.latin}
Date of birth ........ {dob}
{idno1.label} ........ {idno1}
Employer ............. [[regional logistics company]]
Monthly income ....... [[3,200]]
Current address ...... {addr1}
Account for payout ... {account1}
Signed electronically from {ip1} on {date1}
""",
    ),
    T(
        "f-loan-2",
        "loan application",
        """\
Đơn đề nghị vay vốn
Họ và tên: {who1.family_first}
Ngày sinh: {born1}
Địa chỉ thường trú: {home1}
Số điện thoại: {tel1}
Mục đích vay: [[sửa chữa nhà ở]]
""",
        locales=VI,
    ),
    # --- explanation of benefits ---
    T(
        "f-eob-1",
        "explanation of benefits",
        """\
EXPLANATION OF BENEFITS — THIS IS NOT A BILL
Member: {who1.latin_first} {who1.latin_last}
Member ID: {mbi1}   Group: [[employer plan]]
Claim: {claim1}   Service date: {date1}
Provider: {person1.full}, NPI {npi1}, fax {fax1}
[[Amount you may owe: $38.12]]
""",
    ),
    T(
        "f-eob-2",
        "explanation of benefits",
        """\
Leistungsabrechnung Ihrer Krankenversicherung
Versicherte Person: {who1.first} {who1.last}
Versichertennummer: {plan1}
Behandlungstag: {when1}
[[Erstattungsbetrag 86,40 EUR]] auf Konto {iban1}
""",
        locales=DE,
    ),
    # --- IT security incident log ---
    T(
        "f-incident-1",
        "security incident log",
        """\
2024-SEC-ticket opened by SOC
user={who1.latin_handle} host={serial1} mac={mac1}
src={ipsix1} dst={ip1}
badge swipe by {who1.latin} at door B2 matched {bio1.label} {bio1}
finding: [[credential stuffing, no data exfiltrated]]
""",
    ),
    T(
        "f-incident-2",
        "security incident log",
        """\
Lost device report
Reported by {who1.latin} ({mail1}) on {date1} via {link1}
Phone IMEI {imei1}; SIM {tel1}
Last seen at {geo1}
[[Remote wipe issued]]
""",
    ),
    # --- power of attorney ---
    T(
        "f-poa-1",
        "power of attorney",
        """\
ΕΞΟΥΣΙΟΔΟΤΗΣΗ
Ο/Η κάτωθι υπογεγραμμένος/η {who1.full}, ΑΜΚΑ {natid1.gr},
κάτοικος {home1},
εξουσιοδοτώ τον/την {who2.full} να [[παραλάβει τα αποτελέσματα των εξετάσεών μου]].
Ημερομηνία: {when1}
""",
        locales=EL,
    ),
    T(
        "f-poa-2",
        "power of attorney",
        """\
LASTING POWER OF ATTORNEY (extract)
Donor: {who1.latin}, born {dob}, of {addr1}
Attorney: {person1.full}, {mail1}
Scope: [[property and financial affairs]]
Registered {date1}. Certificate provider licence {licence1}.
""",
    ),
    # --- immigration letter ---
    T(
        "f-immigration-1",
        "immigration letter",
        """\
Letter of support for visa application
Applicant: {who1.latin_passport} (as in national ID: {who1.full})
Passport no. {passport1}; {idno1.label} {idno1}
Intended address in the UK: {ukflat1}
Sponsor: {person1.full}, {tel1}
The applicant will attend [[a three-month clinical observership]] from {date1}.
Applicant documents uploaded at: {link2}
""",
    ),
    T(
        "f-immigration-2",
        "immigration letter",
        """\
إقرار كفالة
أنا الموقع أدناه {who1.full}، رقم الهوية: {idno1.sa}
أكفل {who2.full} طوال مدة الإقامة.
العنوان: {home1}
الجوال: {tel1.native}
[[الغرض من الزيارة: العلاج الطبي]]
التاريخ: {when1}
""",
        locales=(("ar_SA", 1),),
    ),
    # --- home-care visit log ---
    T(
        "f-homecare-1",
        "home-care visit log",
        """\
Besøgslog hjemmepleje
Borger: {who1.first} {who1.last}, {old1}
CPR: {natid1.dk}
Adresse: {home1}
Besøg {when1}: [[medicin dispenseret, tryksår uændret]]
Medarbejder: {who2.initial_last}
""",
        locales=(("da_DK", 1),),
    ),
    T(
        "f-homecare-2",
        "home-care visit log",
        """\
Visit {date1}, carer {person1.first_initial}
Client {who1.latin}, {age1}, lives alone at {addr1}.
Key safe code not recorded here. GPS check-in {geo1}.
[[Meals prepared, mood bright]]. Daughter phoned on {tel1}.
""",
    ),
    # --- tenancy / utility letter ---
    T(
        "f-utility-1",
        "utility letter",
        """\
Anschreiben Stadtwerke
Frau {who1.caps_last} {who1.first}
{home1}
Kundennummer {account1} · Zählernummer {serial1}
[[Ihre Abschlagszahlung ändert sich ab dem nächsten Monat]].
SEPA-Lastschrift vom Konto {iban1}
""",
        locales=(("de_DE", 1),),
    ),
    T(
        "f-utility-2",
        "utility letter",
        """\
Hyvä {who1.first} {who1.last},
[[sähkösopimuksesi uusitaan automaattisesti]].
Asiakasnumero {account1}, käyttöpaikka {home1}.
Henkilötunnus {natid1.fi}
""",
        locales=(("fi_FI", 1),),
    ),
    # --- driving / vehicle records ---
    T(
        "f-vehicle-1",
        "vehicle record",
        """\
Vehicle keeper change
Keeper: {who1.latin}, {addr1}
Registration {car1}; VIN {vin1}
Licence: {drv1.label} {drv1}
[[Declared off road from next month]]. Processed {date1}.
""",
    ),
    T(
        "f-vehicle-2",
        "vehicle record",
        """\
Свидетельство о регистрации ТС
Собственник: {who1.fio}
Адрес: {home1}
Гос. номер {car1}, VIN {vin1}
{drv1.label}: {drv1}
[[Цвет кузова серый]]
""",
        locales=(("ru_RU", 1),),
    ),
    # --- nursing handover ---
    T(
        "f-handover-1",
        "nursing handover",
        """\
SBAR handover, bay 3
S: {who1.latin} ({mrn1}), {age1}, [[new confusion since evening]]
B: lives with partner {person1.first_last}, tel {tel1}
A: [[NEWS 5, temp 38.4]]
R: review by night registrar; {person2.first} aware. {dev1.label} {dev1}.
""",
    ),
    T(
        "f-handover-2",
        "nursing handover",
        """\
Överrapportering sal 2
{who1.first} {who1.last}, {old1}, personnummer {natid1.se}
[[Postoperativ smärta väl kontrollerad]].
Anhörig: {who2.first}, tel {tel1}
""",
        locales=(("sv_SE", 1),),
    ),
)

LOCALES = (
    ("en_US", 4), ("en_GB", 4), ("en_IN", 2), ("de_DE", 2), ("fr_FR", 2), ("es_ES", 2),
    ("it_IT", 2), ("pl_PL", 2), ("nl_NL", 2), ("pt_BR", 2), ("tr_TR", 1), ("vi_VN", 1),
    ("ja_JP", 1), ("zh_CN", 1), ("zh_TW", 1), ("ko_KR", 1), ("ru_RU", 1), ("uk_UA", 1),
    ("bg_BG", 1), ("el_GR", 1), ("he_IL", 1), ("ar_SA", 1), ("ar_DZ", 1), ("fa_IR", 1),
    ("hi_IN", 1), ("bn_BD", 1), ("ta_IN", 1), ("th_TH", 1), ("ka_GE", 1), ("hy_AM", 1),
    ("mk_MK", 1), ("ne_NP", 1), ("en_AU", 1), ("en_CA", 1), ("en_IE", 1), ("en_NZ", 1),
    ("en_KE", 1), ("en_NG", 1), ("en_PK", 1), ("es_MX", 1), ("es_CO", 1), ("es_AR", 1),
    ("es_CL", 1), ("pt_PT", 1), ("fr_CA", 1), ("fr_BE", 1), ("de_AT", 1), ("de_CH", 1),
    ("nl_BE", 1), ("sv_SE", 1), ("no_NO", 1), ("da_DK", 1), ("fi_FI", 1), ("cs_CZ", 1),
    ("sk_SK", 1), ("hu_HU", 1), ("ro_RO", 1), ("hr_HR", 1), ("sl_SI", 1), ("lt_LT", 1),
    ("lv_LV", 1), ("et_EE", 1), ("id_ID", 1), ("tl_PH", 1), ("zu_ZA", 1), ("yo_NG", 1),
    ("az_AZ", 1), ("is_IS", 1), ("ga_IE", 1),
)  # fmt: skip
NAME_COUNTRIES = (
    "BD", "IN", "IR", "IQ", "SA", "MA", "DZ", "EG", "ET", "GH", "CM", "HT", "JM", "AF",
    "AL", "GR", "HU", "CZ", "TR", "HR", "FI", "DK", "NO", "SE", "BE", "PT", "CO", "AR",
    "MX", "MY", "ID", "PH", "ZA", "IE", "CA", "WLS",
)  # fmt: skip
ID_COUNTRIES = (
    "US", "GB", "IN", "DE", "FR", "ES", "IT", "PL", "NL", "BR", "TR", "KR", "JP", "CN",
    "IL", "GR", "TH", "ZA", "MX", "CL", "AR", "SE", "DK", "FI", "CZ", "RO", "PT", "HR",
    "BG", "LT", "EE", "PK", "MY", "ID", "UA", "RU",
)  # fmt: skip

SPLIT = Split(
    name="heldout_f",
    templates=TEMPLATES,
    seeds=range(52520001, 52520401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    shapes={
        "mrn": ("UR#######", "E0##########", "###/##/#####"),
        "plan": ("??#-####-####-#", "M#########-##", "#### #### ####"),
        "claim": ("##?##########", "CL/####/#####"),
        "account": ("###-#####-##", "##########-###", "0###/#######"),
        "licence": ("L-###-###-###", "??-####-#####"),
        "reg": ("#####/?", "R######-##"),
        "cert": ("CRT####-####", "##/?/#####"),
        "serial": ("#??##-#####-?", "X#######-##", "??-###-###-##"),
    },
    date_formats=("%d%b%Y", "%a %d %b %Y", "{d}/{m}/%y", "%b-%d-%Y"),
    compound_surname=0.12,
)
