"""Split G: held out in session 21, run once there and reported; DEV-side since session 22.

Session 22 reads G's leaks by value and tunes on them (as on D, E and F), so G no longer
measures generalisation: held-out H (heldout_h_templates.py), written before that tuning
by an author barred from G, does. What follows is how G was written.

Written in session 21 by helper h21-g, an author barred from the redactor, its tests, its
notes and the form modules of the other splits (it read only the shared generator, the
national-id table, the world-names snapshot and the DEV templates, the last to learn the
template syntax and to keep clear of their wording). Run once, after the redactor is
frozen; the evaluation prints only its aggregates.

How it was written: from real document formats (letters, forms, labels, court and tax
papers, message threads, exports, scanned-form text) of many countries, each in that
country's language and conventions where the template says so. Values come from
independent sources through g_forms.py: Faker's locale tables (names in their own script
with a Latin spelling beside them), CLDR date patterns (babel), phonenumbers' region
metadata, python-stdnum check digits, num2words, and published numbering schemes.
"""

from __future__ import annotations

from resources.synthetic.redaction_eval.generator import Split, Template

T = Template

# One country's documents: its own locale, id country and (for the shared date slots) forms.
JA = (("ja_JP", 1),)
ZH = (("zh_CN", 1),)
TW = (("zh_TW", 1),)
KO = (("ko_KR", 1),)
RU = (("ru_RU", 1),)
UK = (("uk_UA", 1),)
DE = (("de_DE", 3), ("de_AT", 1), ("de_CH", 1))
FR = (("fr_FR", 3), ("fr_BE", 1), ("fr_CA", 1))
ES = (("es_ES", 2), ("es_MX", 1), ("es_AR", 1), ("es_CL", 1), ("es_CO", 1))
IT = (("it_IT", 1),)
PL = (("pl_PL", 1),)
BR = (("pt_BR", 1),)
PT = (("pt_PT", 1),)
NL = (("nl_NL", 2), ("nl_BE", 1))
AR = (("ar_EG", 1), ("ar_SA", 1), ("ar_AE", 1), ("ar_JO", 1))
FA = (("fa_IR", 1),)
HE = (("he_IL", 1),)
HI = (("hi_IN", 1),)
TH = (("th_TH", 1),)
TR = (("tr_TR", 1),)
EL = (("el_GR", 1), ("el_CY", 1))
CS = (("cs_CZ", 1),)
NORDIC = (("sv_SE", 1), ("no_NO", 1), ("da_DK", 1), ("fi_FI", 1))
HU = (("hu_HU", 1),)
RO = (("ro_RO", 1),)
BG = (("bg_BG", 1),)
ID_ = (("id_ID", 1),)
VI = (("vi_VN", 1),)
KA = (("ka_GE", 1), ("hy_AM", 1))
EN_US = (("en_US", 1),)
EN_GB = (("en_GB", 2), ("en_IE", 1))
ENGLISHES = (
    ("en_US", 3), ("en_GB", 2), ("en_IN", 2), ("en_AU", 1), ("en_CA", 1), ("en_NZ", 1),
    ("en_PH", 1), ("en_KE", 1), ("en_NG", 1), ("en_PK", 1), ("en_IE", 1),
)  # fmt: skip

TEMPLATES = (
    # --- clinical note ---------------------------------------------------------------------
    T(
        "g-clin-1",
        "clinical note",
        """\
AMBULANT CONSULT | room 4B
Pt: {kin1.r_caps_last_first}   Born {natal1}   Chart # {mrn1}
Seen {on1} — accompanied by spouse ({kin2.r_first_last}).
S: [[intermittent palpitations]] since the weekend, worse lying flat.
O: HR 112 irregular. [[ECG shows atrial fibrillation]].
P: start [[apixaban 5 mg twice daily]]; phone {dial1} with INR-free follow-up.
— {person1.initial_last}, attending
""",
        locales=ENGLISHES,
    ),
    T(
        "g-clin-2",
        "clinical note",
        """\
Verlaufseintrag vom {on1}
Patientin {kin1.last}, {kin1.first} (geb. {natal1}), Fallnr. {mrn1}
Wohnhaft: {abode1}
Beschwerden: [[Schwindel beim Aufstehen]], kein Sturz. RR 98/60.
Procedere: [[Kompressionsstrümpfe]], Trinkmenge erhöhen. Hausarztpraxis in {town1}.
Rückruf Tochter {kin2.full} unter {dial1}.
gez. Dr. med. {kin3.last}
""",
        locales=DE,
    ),
    T(
        "g-clin-3",
        "clinical note",
        """\
診療記録　{on1}
患者氏名：{kin1.whole}（{kin1.r_last_space_first}）　生年月日：{natal1}
カルテ番号：{mrn1}
主訴：[[三日前からの発熱と咳嗽]]。胸部聴診で右下肺野に[[湿性ラ音]]。
連絡先：{dial1}　担当医：{kin2.whole}
""",
        locales=JA,
    ),
    T(
        "g-clin-4",
        "clinical note",
        """\
Запись осмотра от {on1}
Пациент: {kin1.fio}, дата рождения {natal1}, СНИЛС-независимый номер карты {mrn1}
Жалобы на [[боли в эпигастрии после еды]]. Назначено: [[омепразол 20 мг]] утром.
Адрес: {abode1}. Тел.: {dial1}
Врач-терапевт {kin2.fio_short}
""",
        locales=RU,
    ),
    # --- discharge summary -----------------------------------------------------------------
    T(
        "g-dis-1",
        "discharge summary",
        """\
COMPTE RENDU D'HOSPITALISATION
Nom de naissance : {kin1.caps_last}   Prénom : {kin1.first}
Né(e) le {natal1} — {citizen1.label} {citizen1.fr}
Entrée le {on1}, sortie le {on2}. IPP {mrn1}.
Motif : [[décompensation cardiaque gauche]]. Traitement de sortie : [[furosémide 40 mg]].
Médecin traitant : Dr {kin2.first_last}, {dial1}. Adresse du patient : {abode1}
""",
        locales=FR,
    ),
    T(
        "g-dis-2",
        "discharge summary",
        """\
INFORME DE ALTA — Servicio de Medicina Interna
Paciente: {kin1.first} {kin1.last} | NHC {mrn1} | {citizen1.label} {citizen1.es}
Fecha de ingreso: {on1}    Fecha de alta: {on2}
Juicio clínico: [[neumonía adquirida en la comunidad]], resuelta. Procedente de {town1}.
Recomendaciones: [[control por su médico de atención primaria]] en 10 días.
Facultativo: {kin2.initials} — Tel. planta {dial1}
""",
        locales=ES,
    ),
    T(
        "g-dis-3",
        "discharge summary",
        """\
Discharge letter, ward 7 (geriatrics)
{kin1.r_first_last}, aged {senior1}, went home on {on1} after [[treatment for a urinary infection]].
Hospital no. {mrn1}; {citizen1.label}: {citizen1.gb}
Next of kin: {kin2.r_full}, {abode1}, tel {dial1}
Please [[recheck renal function in one week]].
{kin3.r_initials_caps_last}, FY2 doctor
""",
        locales=EN_GB,
    ),
    T(
        "g-dis-4",
        "discharge summary",
        """\
出院小结
姓名：{kin1.whole}　性别：女　出生日期：{natal1}
住院号：{mrn1}　{citizen1.label}：{citizen1.cn}
入院日期：{on1}　出院日期：{on2}
出院诊断：[[2型糖尿病伴周围神经病变]]
出院医嘱：[[低盐低脂饮食]]，定期复查。联系电话：{dial1}
""",
        locales=ZH,
    ),
    # --- radiology request -----------------------------------------------------------------
    T(
        "g-rad-1",
        "radiology request",
        """\
IMAGING ORDER
Exam: [[MRI lumbar spine without contrast]]
Patient {kin1.r_last_first} · DOB {natal1} · MRN {mrn1} · member {plan1}
Ordering provider {kin2.r_first_last}, NPI {npi1}
Clinical question: [[rule out disc herniation at L4-L5]]
Pacemaker? no. Contact {dial1.national}.
""",
        locales=EN_US,
    ),
    T(
        "g-rad-2",
        "radiology request",
        """\
Richiesta di esame radiologico — {on1}
Paziente: {kin1.caps_last} {kin1.first}, nato il {natal1}
{citizen1.label} {citizen1.it}
Quesito: [[sospetta frattura scomposta del polso destro]]
Esame richiesto: [[RX polso due proiezioni]]
Richiedente: dr.ssa {kin2.last} — reperibile al {dial1}
""",
        locales=IT,
    ),
    T(
        "g-rad-3",
        "radiology request",
        """\
영상검사 의뢰서
환자: {kin1.whole} ({kin1.r_caps_last_first})   생년월일: {natal1}
{citizen1.label}: {citizen1.kr}
등록번호: {mrn1}
검사명: [[복부 CT 조영증강]]
임상소견: [[우하복부 통증, 충수염 의심]]
의뢰의: {kin2.whole} / 연락처 {dial1}
""",
        locales=KO,
    ),
    # --- insurance claim -------------------------------------------------------------------
    T(
        "g-claim-1",
        "insurance claim",
        """\
CLAIM FORM — section B (insured person)
Surname: {kin1.r_caps_last}         Given names: {kin1.r_first}
Date of loss: {on1}      Policy/claim ref: {claim1}
Postal address: {abode1.lines}
Bank for reimbursement: {bankno1}
Treating dentist: {kin2.r_first_last}, licence {licence1}
Description: [[crown fractured on a cherry stone]]; [[root canal treatment]] required.
""",
        locales=(("en_AU", 2), ("en_CA", 1), ("en_US", 1), ("en_GB", 1), ("en_NZ", 1)),
    ),
    T(
        "g-claim-2",
        "insurance claim",
        """\
Schadenmeldung Krankenzusatzversicherung (Geschäftsstelle {town1})
Versicherte Person: {kin1.full}, geboren am {natal1}
Versichertennummer: {plan1}
IBAN für die Erstattung: {giro1}
Behandlungstag: {on1} — [[Brillengläser nach Augenarztverordnung]]
Rückfragen bitte an {inbox1} oder {dial1}.
""",
        locales=DE,
    ),
    T(
        "g-claim-3",
        "insurance claim",
        """\
Pedido de reembolso — consultas e exames
Titular do plano: {kin1.caps}   {citizen1.label} {citizen1.br}
Carteirinha: {plan1}   Data do atendimento: {on1}
Procedimento: [[consulta em dermatologia]] e [[biópsia de pele]]
Dados bancários: {bankno1}
E-mail para retorno: {inbox1}
""",
        locales=BR,
    ),
    # --- KYC review ------------------------------------------------------------------------
    T(
        "g-kyc-1",
        "KYC review",
        """\
Customer due diligence — onboarding file {claim1}
Applicant: {kin1.r_caps_full}; in own script: {kin1.whole}
Passport MRZ name: {kin1.passport}
Date of birth {natal1}; residential address {abode1}
Source of funds: [[sale of a family apartment]]. PEP screening: [[no match found]].
Selfie check image: {selfie1}
Reviewer: {kin2.r_handle}
""",
        locales=(("ru_RU", 1), ("uk_UA", 1), ("el_GR", 1), ("bg_BG", 1), ("ka_GE", 1)),
    ),
    T(
        "g-kyc-2",
        "KYC review",
        """\
Weryfikacja klienta (KYC) — {on1}
Imię i nazwisko: {kin1.first} {kin1.last}
{citizen1.label} {citizen1.pl}, {taxref1.label} {taxref1.pl}
Adres zamieszkania: {abode1}
Rachunek: {giro1}
Cel relacji: [[rachunek firmowy dla działalności gospodarczej]]. Ryzyko: [[niskie]].
""",
        locales=PL,
    ),
    T(
        "g-kyc-3",
        "KYC review",
        """\
eKYC 本人確認記録
お名前：{kin1.whole}　ローマ字：{kin1.r_caps_last_first}
生年月日：{natal1}
{citizen1.label}：{citizen1.jp}
住所：{abode1}
口座：{bankno1}
確認方法：[[運転免許証の画像と顔写真の照合]]　顔写真：{selfie1}
""",
        locales=JA,
    ),
    T(
        "g-kyc-4",
        "KYC review",
        """\
Know-your-customer refresh, private banking desk
Client {kin1.r_first_last} (a.k.a. {kin1.r_first}) — relationship since {on1}
Tax residency: India. PAN and ID: {citizen1.label} {citizen1.in}
Registered mobile {dial1.intl}; alternate e-mail {inbox1}
Card on file {plastic1}
Notes: [[wealth derived from a pharmaceutical distributorship]]; [[documents current]].
""",
        locales=(("en_IN", 1), ("hi_IN", 1)),
    ),
    # --- fraud case ------------------------------------------------------------------------
    T(
        "g-fraud-1",
        "fraud case",
        """\
FRAUD OPS — case {docket1}
Victim: {kin1.r_full} · callback {dial1}
Compromised card {plastic1}, disputed purchases from {on1}
Login from IP {host1} and {host2.six}, device fingerprint {serial1}, MAC {mac1}
Mule account: {giro1}
Assessment: [[account takeover via SIM swap]]. Action: [[card blocked and reissued]].
""",
        locales=(("en_GB", 1), ("nl_NL", 1), ("fr_FR", 1), ("de_DE", 1), ("es_ES", 1)),
    ),
    T(
        "g-fraud-2",
        "fraud case",
        """\
Dolandırıcılık inceleme notu — {on1}
Müşteri: {kin1.caps}, {citizen1.label} {citizen1.tr}
Şüpheli işlem: {plastic1} ile [[yurt dışı çevrimiçi alışveriş]]
Müşteri ile {dial1} numarasından görüşüldü; [[işlemleri tanımadığını beyan etti]].
Oturum IP: {host1}
""",
        locales=TR,
    ),
    T(
        "g-fraud-3",
        "fraud case",
        """\
בירור חשד להונאה — תיק {docket1}
שם הלקוח: {kin1.full} ({kin1.r_first_last})
{citizen1.label}: {citizen1.il}
תאריך האירוע: {on1}
טלפון: {dial1}
ממצא: [[העברה לחשבון זר ללא אישור הלקוח]]
""",
        locales=HE,
    ),
    # --- HR leave request ------------------------------------------------------------------
    T(
        "g-hr-1",
        "HR leave request",
        """\
Urlaubsantrag / Abwesenheitsmeldung
Mitarbeiter: {kin1.last_first}, Personalnr. {account1}
Zeitraum: {on1} bis {on2}
Art: [[Elternzeit]] — Vertretung: {kin2.first_last}
Erreichbar: {dial1}, privat {inbox1}
Genehmigt: {kin3.initial_last}
""",
        locales=DE,
    ),
    T(
        "g-hr-2",
        "HR leave request",
        """\
Ansökan om ledighet
Namn: {kin1.full}    {citizen1.label}: {citizen1.se}
Från och med {on1} — [[föräldraledighet på deltid]]
Närmaste chef: {kin2.first} {kin2.last}
Kontakt under ledigheten: {dial1}
""",
        locales=(("sv_SE", 1),),
    ),
    T(
        "g-hr-3",
        "HR leave request",
        """\
Leave application (sick leave, medical certificate attached)
Employee: {kin1.r_first_last} | staff email {inbox1}
First day absent: {on1}; expected return {on2}
Certifying doctor: {kin2.r_full}, reg. {reg1}
Reason: [[post-operative recovery after knee arthroscopy]] (surgery done in {town1})
HR officer: {kin3.r_first_initial}
""",
        locales=(("en_PH", 1), ("fil_PH", 1), ("en_KE", 1), ("en_NG", 1), ("en_PK", 1)),
    ),
    T(
        "g-hr-4",
        "HR leave request",
        """\
Wniosek o urlop wypoczynkowy
Pracownik: {kin1.caps_last} {kin1.first}, stanowisko: [[starszy księgowy]]
Proszę o udzielenie urlopu od {on1} do {on2}.
W czasie nieobecności zastępuje mnie {kin2.first} {kin2.last}.
Telefon kontaktowy: {dial1}
""",
        locales=PL,
    ),
    # --- chat transcript -------------------------------------------------------------------
    T(
        "g-chat-1",
        "chat transcript",
        """\
[live chat · pharmacy helpdesk]
10:02 {kin1.r_handle}> hiya, is my repeat ready? it's under {kin1.r_caps_last}
10:03 agent_{kin2.r_lower_first}> postcode + DOB pls
10:03 {kin1.r_handle}> {postcode1}, {natal1}
10:04 agent_{kin2.r_lower_first}> thanks — [[your inhaler is ready for collection]]
""",
        locales=EN_GB,
    ),
    T(
        "g-chat-2",
        "chat transcript",
        """\
Support chat
Klant: goedemiddag, ik ben {kin1.first_last}
Medewerker {kin2.first}: Welkom! Wat is uw klantnummer?
Klant: {account1}, en mijn nieuwe adres is {abode1}
Medewerker {kin2.first}: [[Uw adreswijziging is doorgevoerd]].
""",
        locales=NL,
    ),
    T(
        "g-chat-3",
        "chat transcript",
        """\
【在线客服】
客户 {kin1.r_lower}：你好，我的快递一直没到
客服小{kin2.first}：请提供收件人手机号
客户 {kin1.r_lower}：{dial1}，收件人{kin1.whole}
客服小{kin2.first}：[[已为您加急处理]]，地址是{abode1}吗？
""",
        locales=ZH,
    ),
    # --- referral letter -------------------------------------------------------------------
    T(
        "g-ref-1",
        "referral letter",
        """\
{abode1.lines}

Dear Dr {kin2.r_last},

Re: Mr {kin1.r_full}, born {natal1}, {citizen1.label} {citizen1.gb}

Please could you assess this gentleman, who has [[progressive dysphagia to solids]].
He lives alone and his neighbour {kin3.r_first_last} ({dial1}) helps with transport.

Yours sincerely,
{kin4.r_full}
""",
        locales=EN_GB,
    ),
    T(
        "g-ref-2",
        "referral letter",
        """\
Lettre d'adressage
Chère consœur, cher confrère,
Merci de recevoir M. {kin1.caps_last} {kin1.first}, {senior1} ans, domicilié {abode1},
pour [[avis sur une hypertension résistante]]. {citizen1.label} : {citizen1.fr}.
Bien confraternellement,
Dr {kin2.first_last} — {dial1}
""",
        locales=FR,
    ),
    T(
        "g-ref-3",
        "referral letter",
        """\
Verwijsbrief huisarts
Patiënt: dhr. {kin1.initials_nodot_last} — geboortedatum {natal1}
{citizen1.label}: {citizen1.nl}
Vraagstelling: [[graag beoordeling van een pigmentlaesie op de rug]]
Huisarts: {kin2.full}, {abode1}, tel. {dial1}
""",
        locales=NL,
    ),
    T(
        "g-ref-4",
        "referral letter",
        """\
Направлення на консультацію
ПІБ пацієнта: {kin1.fio}
Дата народження: {natal1}; {citizen1.label} {citizen1.ua}
Діагноз: [[хронічне обструктивне захворювання легень]]
Направив: {kin2.fio_short}, тел. {dial1}
""",
        locales=UK,
    ),
    # --- lab report ------------------------------------------------------------------------
    T(
        "g-lab-1",
        "lab report",
        """\
LABORATORY REPORT              Accession {mrn1}
Name {kin1.r_last_first}      DOB {natal1}     Sex F
Collected {on1.stamp}    Analyser {serial1} ({mac1})
[[HbA1c 7.9 % (63 mmol/mol)]]   H
[[eGFR 54 mL/min/1.73m2]]       L
Validated by {person1.initials}  ·  results portal {site1}
""",
        locales=ENGLISHES,
    ),
    T(
        "g-lab-2",
        "lab report",
        """\
Laborbefund — Auftragsnr. {mrn1}
{kin1.caps_last}, {kin1.first} * {natal1}
Eingang: {on1}
[[Ferritin 8 ng/ml]] (erniedrigt) · [[TSH basal 2,1 mU/l]]
Befundet: {kin2.last} · Einsender: Praxis {kin3.last}, {abode1}
""",
        locales=DE,
    ),
    T(
        "g-lab-3",
        "lab report",
        """\
ผลการตรวจทางห้องปฏิบัติการ
ชื่อ-สกุล: {kin1.first} {kin1.last} ({kin1.r_caps})
{citizen1.label}: {citizen1.th}
วันที่เก็บตัวอย่าง: {on1}
[[ระดับน้ำตาลในเลือด 142 มก./ดล.]]
ผู้รายงาน: {kin2.first} {kin2.last}
""",
        locales=TH,
    ),
    T(
        "g-lab-4",
        "lab report",
        """\
Laboratórny výsledok / Laboratorní nález
Pacient: {kin1.last} {kin1.first}, {citizen1.label} {citizen1.cz}
Odběr: {on1}
[[CRP 48 mg/l]] — [[leukocyty 13,2 × 10^9/l]]
Odesílající lékař: MUDr. {kin2.last}, {dial1}
""",
        locales=CS,
    ),
    # --- pharmacy label --------------------------------------------------------------------
    T(
        "g-rx-1",
        "pharmacy label",
        """\
{kin1.r_caps}
[[AMOXICILLIN 500MG CAPSULES]]  Qty 21
[[Take ONE capsule THREE times a day]]
Rx {claim1}   Dispensed {on1}
Prescriber {kin2.r_initial_last}  DEA {dea1}
Store tel {dial1}
""",
        locales=EN_US,
    ),
    T(
        "g-rx-2",
        "pharmacy label",
        """\
薬袋
{kin1.whole} 様
[[ロキソプロフェン錠60mg]]　1回1錠　[[1日3回毎食後]]
調剤日：{on1}
処方医：{kin2.whole}
薬局電話：{dial1}
""",
        locales=JA,
    ),
    T(
        "g-rx-3",
        "pharmacy label",
        """\
FARMACIA — ETICHETTA
Sig.ra {kin1.last} {kin1.first}
[[Metformina 850 mg compresse]] — [[1 compressa a pranzo e a cena]]
Ricetta n. {claim1} del {on1}
""",
        locales=IT,
    ),
    # --- court order -----------------------------------------------------------------------
    T(
        "g-court-1",
        "court order",
        """\
IN THE HIGH COURT OF JUSTICE, FAMILY DIVISION
Case No: {docket1}
Between {kin1.r_caps_full} (Applicant) and {kin2.r_caps_full} (Respondent)
ORDER made on {on1}
1. [[The child shall live with the Applicant]].
2. The Respondent shall not attend {abode1}.
Served by {kin3.r_first_last}
""",
        locales=EN_GB,
    ),
    T(
        "g-court-2",
        "court order",
        """\
Amtsgericht — Beschluss
Aktenzeichen: {docket1}
In der Betreuungssache {kin1.first_last}, geb. {natal1}, wohnhaft {abode1},
wird [[eine vorläufige Betreuung für den Aufgabenkreis Gesundheitssorge]] angeordnet.
Betreuerin: {kin2.full}. Ausgefertigt am {on1}.
""",
        locales=(("de_DE", 1),),
    ),
    T(
        "g-court-3",
        "court order",
        """\
PODER JUDICIÁRIO — DECISÃO
Processo nº {docket1}
Autor: {kin1.caps_full}; Réu: [[plano de saúde]]
Defiro a tutela de urgência para [[custeio de cirurgia bariátrica]].
Intime-se. {on1}. Juiz(a) {kin2.first_last}.
""",
        locales=BR,
    ),
    T(
        "g-court-4",
        "court order",
        """\
平成・令和 事件記録
事件番号：{docket1}
原告：{kin1.whole}　被告：{kin2.whole}
主文：[[被告は原告に対し金五十万円を支払え]]
言渡日：{on1}
""",
        locales=JA,
    ),
    # --- tax letter ------------------------------------------------------------------------
    T(
        "g-tax-1",
        "tax letter",
        """\
HM Revenue & Customs
{kin1.r_caps_full}
{abode1.postal}

Your Unique Taxpayer Reference: {taxref1.gb}
We have [[recalculated your Self Assessment]] for the year ended 5 April. Please pay by {on1}.
""",
        locales=EN_GB,
    ),
    T(
        "g-tax-2",
        "tax letter",
        """\
Direction générale des Finances publiques
AVIS D'IMPOSITION — revenus de l'an passé
Contribuable principal : {kin1.caps_last} {kin1.first}
Adresse : {abode1}
{taxref1.label} : {taxref1.fr}
[[Montant restant à payer]] avant le {on1}. Contact : {inbox1}
""",
        locales=(("fr_FR", 1),),
    ),
    T(
        "g-tax-3",
        "tax letter",
        """\
Agenzia delle Entrate — comunicazione di irregolarità
Contribuente: {kin1.caps_full}
{citizen1.label} {citizen1.it} — {taxref1.label} {taxref1.it}
Domicilio fiscale: {abode1}
[[Versamento insufficiente del saldo IRPEF]]. Termine: {on1}.
""",
        locales=IT,
    ),
    T(
        "g-tax-4",
        "tax letter",
        """\
Уведомление налогового органа
Налогоплательщик: {kin1.fio}
{taxref1.label} {taxref1.ru}
Адрес: {abode1}
Сообщаем о [[начислении транспортного налога]] на автомобиль {tag1}, VIN {vin1}.
Срок уплаты: {on1}
""",
        locales=RU,
    ),
    # --- shipping note ---------------------------------------------------------------------
    T(
        "g-ship-1",
        "shipping note",
        """\
DELIVERY NOTE / LIEFERSCHEIN
Ship to:
{kin1.caps}
{abode1.postal}
Tel. {dial1.intl}
Contents: [[1 x blood glucose meter, 2 x test strips (50)]]
Device S/N {serial1} · UDI {udi1} · BT {mac1}
Dispatch {on1}
""",
        locales=(("de_DE", 1), ("de_AT", 1), ("nl_NL", 1), ("pl_PL", 1), ("cs_CZ", 1)),
    ),
    T(
        "g-ship-2",
        "shipping note",
        """\
送り状（お届け先）
〒・住所：{abode1}
氏名：{kin1.whole} 様
電話：{dial1}
品名：[[医療用圧迫ストッキング]]
お届け希望日：{on1}
""",
        locales=JA,
    ),
    T(
        "g-ship-3",
        "shipping note",
        """\
GUÍA DE REMISIÓN
Destinatario: {kin1.caps_full}
Dirección de entrega: {abode1}
Teléfono: {dial1}
Mercancía: [[nevera portátil con insulina]], [[mantener entre 2 y 8 °C]]
Fecha de envío: {on1}
""",
        locales=ES,
    ),
    # --- e-mail thread ---------------------------------------------------------------------
    T(
        "g-mail-1",
        "e-mail thread",
        """\
From: {kin1.r_first_last} <{inbox1}>
To: appointments desk
Date: {on1}
Subject: Re: Re: rescheduling

> Does the new slot suit you?
Yes — [[Thursday afternoon works]]. My mobile is {dial1} if the clinic needs me.
Kind regards, {kin1.r_first}

-----Original Message-----
From: {person1.last_first}
""",
        locales=ENGLISHES,
    ),
    T(
        "g-mail-2",
        "e-mail thread",
        """\
Von: {kin1.full} <{inbox1}>
Gesendet: {on1}
Betreff: AW: Kostenvoranschlag

Sehr geehrte Damen und Herren,
anbei [[der Heil- und Kostenplan für das Implantat]]. Versichertennr. {plan1}.
Mit freundlichen Grüßen
{kin1.full}
{abode1}
""",
        locales=DE,
    ),
    T(
        "g-mail-3",
        "e-mail thread",
        """\
De: {kin1.first_last} <{inbox1}>
Enviado el: {on1}
Asunto: RE: resultados

Hola {kin2.first}, te reenvío [[el informe de la resonancia]].
Saludos,
{kin1.first}
Móvil {dial1}
""",
        locales=ES,
    ),
    T(
        "g-mail-4",
        "e-mail thread",
        """\
От: {kin1.fio} <{inbox1}>
Дата: {on1}
Тема: Re: больничный лист

{kin2.given_middle}, добрый день!
Пересылаю [[справку о временной нетрудоспособности]]. Мой телефон {dial1}.
""",
        locales=RU,
    ),
    # --- SMS -------------------------------------------------------------------------------
    T(
        "g-sms-1",
        "SMS",
        """\
FROM {dial1}: Hi {kin1.r_first}, reminder: [[dental check-up]] on {on1}. Reply C to cancel.
FROM {dial2}: ok thx, its {kin1.r_first} {kin1.r_last} btw (new no.)
""",
        locales=ENGLISHES,
    ),
    T(
        "g-sms-2",
        "SMS",
        """\
Gönderen: {dial1}
Sayın {kin1.first_last}, {on1} tarihli [[kan tahlili sonuçlarınız hazırdır]].
e-Nabız üzerinden görüntüleyebilirsiniz.
""",
        locales=TR,
    ),
    T(
        "g-sms-3",
        "SMS",
        """\
[{on1}] {kin1.first}: Mama, ich bin im Krankenhaus, [[nichts Schlimmes, nur Gips]].
[{on1}] Mama: Welches? Ruf an: {dial1}
""",
        locales=(("de_DE", 1), ("de_CH", 1)),
    ),
    T(
        "g-sms-4",
        "SMS",
        """\
رسالة من المستشفى: السيد/ة {kin1.whole}، موعدكم [[لفحص القلب]] يوم {on1}. للاستفسار: {dial1}
""",
        locales=AR,
    ),
    # --- call-centre log -------------------------------------------------------------------
    T(
        "g-call-1",
        "call-centre log",
        """\
CALL LOG #{claim1} | queue: billing | agent {kin2.r_handle}
caller ID {dial1} | verified: name {kin1.r_first_last}, DOB {natal1}, last 4 of card only
14:31 caller disputes [[a duplicate charge for physiotherapy]]
14:36 account {bankno1} noted; refund raised
14:38 caller asked for email confirmation to {inbox1}
""",
        locales=(("en_US", 2), ("en_CA", 1), ("en_AU", 1)),
    ),
    T(
        "g-call-2",
        "call-centre log",
        """\
Journal d'appel — plateforme assurance
Appelant : {kin1.first_last} (assuré), rappel au {dial1}
Contrat {plan1} · sinistre {claim1}
Motif : [[prise en charge d'une hospitalisation programmée]]
Conseiller : {kin2.first}
""",
        locales=FR,
    ),
    T(
        "g-call-3",
        "call-centre log",
        """\
Zapis rozmowy — infolinia
Dzwoniący: {kin1.first} {kin1.last}, tel. {dial1}
Weryfikacja: {citizen1.label} {citizen1.pl}
Sprawa: [[zmiana terminu wizyty u kardiologa]]
Konsultant: {kin2.first}
""",
        locales=PL,
    ),
    # --- CSV export ------------------------------------------------------------------------
    T(
        "g-csv-1",
        "CSV export",
        """\
patient_id,family,given,birth,phone,email,ward,note
{mrn1},{kin1.r_last},{kin1.r_first},{natal1.iso},{dial1.plus},{inbox1},B3,[[falls risk high]]
{mrn2},{kin2.r_last},{kin2.r_first},{natal2.iso},{dial2.plus},,C1,[[nil by mouth]]
""",
        locales=(("en_GB", 1), ("en_AU", 1), ("en_NZ", 1), ("en_IE", 1), ("en_US", 1)),
    ),
    T(
        "g-csv-2",
        "CSV export",
        """\
"Nachname";"Vorname";"Geburtsdatum";"IBAN";"Ort";"Kommentar"
"{kin1.last}";"{kin1.first}";"{natal1}";"{giro1}";"{town1}";"[[Lastschrift zurückgegeben]]"
""",
        locales=DE,
    ),
    T(
        "g-csv-3",
        "CSV export",
        """\
id\tnombre\tidentificacion\ttelefono\tplaca\tobservacion
{claim1}\t{kin1.caps_full}\t{citizen1.label} {citizen1}\t{dial1}\t{tag1}\t[[choque trasero]]
""",
        locales=ES,
    ),
    # --- JSON export -----------------------------------------------------------------------
    T(
        "g-json-1",
        "JSON export",
        """\
{"resourceType": "Patient", "active": true,
 "name": [{"family": "{kin1.r_last}", "given": ["{kin1.r_first}"]}],
 "identifier": [{"type": {"text": "hospital no"}, "value": "{mrn1}"}],
 "birthDate": "{natal1.iso}",
 "telecom": [{"system": "phone", "value": "{dial1.plus}"}],
 "note": "[[allergic to penicillin]]"}
""",
        locales=ENGLISHES,
    ),
    T(
        "g-json-2",
        "JSON export",
        """\
{
  "event": "login_failed",
  "user": "{inbox1}",
  "display_name": "{kin1.whole}",
  "src_ip": "{host1}",
  "mac": "{mac1}",
  "ts": "{on1.stamp}",
  "reason": "[[password expired]]"
}
""",
        locales=(("ko_KR", 1), ("ja_JP", 1), ("zh_TW", 1), ("vi_VN", 1), ("id_ID", 1)),
    ),
    T(
        "g-json-3",
        "JSON export",
        """\
{"claim": {"id": "{claim1}", "member": "{plan1}", "holder": "{kin1.r_caps_last_first}",
  "vehicle": {"vin": "{vin1}", "plate": "{tag1}"},
  "payout_iban": "{giro1}", "status": "[[approved pending invoice]]"}}
""",
        locales=(("nl_NL", 1), ("fr_FR", 1), ("it_IT", 1), ("pt_PT", 1), ("es_ES", 1)),
    ),
    # --- HL7 message -----------------------------------------------------------------------
    T(
        "g-hl7-1",
        "HL7 message",
        """\
MSH|^~\\&|LIS|MAINLAB|EHR|WARD|{on1.compact}||ORU^R01|{claim1}|P|2.6
PID|1||{mrn1}^^^HOSP^MR||{kin1.r_caps_last}^{kin1.r_caps_first}||{natal1.compact}|F|||{abode1}||{dial1.plus}
OBX|1|NM|[[2345-7^Glucose^LN]]||[[6.1]]|mmol/L|3.9-5.5|H
""",
        locales=ENGLISHES,
    ),
    T(
        "g-hl7-2",
        "HL7 message",
        """\
MSH|^~\\&|RIS|IMG|PACS|IMG|{on1.compact}||ORM^O01|{claim1}|P|2.3
PID|||{mrn1}||{kin1.r_caps_last}^{kin1.r_caps_first}^^^||{natal1.compact}|M
ORC|NW|{serial1}
OBR|1||[[71250^CT THORAX W/O CONTRAST]]|||{on2.compact}|||||||||{npi1}^{kin2.r_caps_last}
""",
        locales=EN_US,
    ),
    # --- scanned form (OCR) ----------------------------------------------------------------
    T(
        "g-ocr-1",
        "scanned form (OCR)",
        """\
REG1STRATION F0RM  -- pg 1/2
Name (BLOCK CAPITALS): {kin1.r_caps_full}
Date 0f birth : {natal1.ocr}
Addr ess: {abode1}
Te1ephone: {dial1.ocr}
Signature: ______ {kin1.r_initial_last}
[[I consent to treatment]] ☒
""",
        locales=ENGLISHES,
    ),
    T(
        "g-ocr-2",
        "scanned form (OCR)",
        """\
ZGŁOSZENIE PACJENTA   str. 1
Nazwisk o: {kin1.caps_last}     Imię: {kin1.caps_first}
PES EL : {citizen1.pl}
Data urodz.: {natal1.ocr}
Adres: {abode1}
Rozpoznanie: [[złamanie kości promieniowej]]
""",
        locales=PL,
    ),
    T(
        "g-ocr-3",
        "scanned form (OCR)",
        """\
ΑΙΤΗΣΗ ΕΞΕΤΑΣΗΣ
Επώνυμο: {kin1.caps_last}  Όνομα: {kin1.first}
{citizen1.label}: {citizen1.gr}
Ημ/νία γέννησης: {natal1}
Τηλ.: {dial1.ocr}
Εξέταση: [[υπερηχογράφημα θυρεοειδούς]]
""",
        locales=EL,
    ),
    # --- spreadsheet paste -----------------------------------------------------------------
    T(
        "g-sheet-1",
        "spreadsheet paste",
        """\
Employee	Start	Mobile	Bank	Notes
{kin1.r_last_first}	{on1}	{dial1}	{bankno1}	[[probation passed]]
{kin2.r_last_first}	{on2}	{dial2}	{bankno2}	[[relocation allowance]]
""",
        locales=(("en_US", 1), ("en_AU", 1), ("en_CA", 1), ("en_GB", 1), ("ja_JP", 1)),
    ),
    T(
        "g-sheet-2",
        "spreadsheet paste",
        """\
Nimi	Henkilötunnus	Puhelin	Huom.
{kin1.full}	{citizen1.fi}	{dial1}	[[rokotus tehty]]
{kin2.full}	{citizen2.fi}	{dial2}	[[ei allergioita]]
""",
        locales=(("fi_FI", 1),),
    ),
    T(
        "g-sheet-3",
        "spreadsheet paste",
        """\
STT	Họ và tên	Ngày sinh	Điện thoại	Ghi chú
1	{kin1.whole}	{natal1}	{dial1}	[[đã tiêm mũi nhắc lại]]
2	{kin2.whole}	{natal2}	{dial2}	[[hẹn tái khám sau hai tuần]]
""",
        locales=VI,
    ),
    # --- death certificate -----------------------------------------------------------------
    T(
        "g-death-1",
        "death certificate",
        """\
MCCD — cause-of-death certification
Deceased: {kin1.r_caps_full}, aged {senior1}
Date of death {on1}; place: {abode1} (registration district {town1})
I(a) [[bronchopneumonia]]  I(b) [[frailty of old age]]
Certifying practitioner {kin2.r_full}, registration {reg1}
""",
        locales=(("en_GB", 1), ("en_NZ", 1), ("en_AU", 1)),
    ),
    T(
        "g-death-2",
        "death certificate",
        """\
Certificado de defunción
Nombre del fallecido: {kin1.first} {kin1.last}, de {senior1.words} años de edad
Fecha: {on1}. Domicilio: {abode1}
Lugar del fallecimiento: {town1}. Causa: [[insuficiencia respiratoria aguda]]
Médico certificante: {kin2.first_last}, colegiado {licence1}
""",
        locales=ES,
    ),
    # --- vaccination record ----------------------------------------------------------------
    T(
        "g-vax-1",
        "vaccination record",
        """\
Impfbescheinigung
{kin1.full}, geb. {natal1}
[[Influenza-Impfstoff, Charge im Impfpass]] — verabreicht am {on1}
Arzt/Ärztin: {kin2.last}, LANR-frei, Praxisstempel: {abode1}
""",
        locales=(("de_AT", 1), ("de_CH", 1), ("de_DE", 1)),
    ),
    T(
        "g-vax-2",
        "vaccination record",
        """\
Sổ tiêm chủng
Họ tên trẻ: {kin1.whole}    Ngày sinh: {natal1}
Mẹ: {kin2.whole}, điện thoại {dial1}
[[Vắc xin sởi - quai bị - rubella]] ngày {on1}
""",
        locales=VI,
    ),
    # --- police report ---------------------------------------------------------------------
    T(
        "g-police-1",
        "police report",
        """\
INCIDENT REPORT — ref {docket1}
Reporting person {kin1.r_caps_last_first}, DOB {natal1}, of {abode1}
Vehicle involved: {tag1} (VIN {vin1})
Witness {person1.first_last}, contact {dial1}
Summary: [[minor collision at a roundabout, no injuries]].
Officer {kin3.r_initial_last}
""",
        locales=(("en_GB", 1), ("en_AU", 1), ("en_IE", 1), ("en_NZ", 1)),
    ),
    T(
        "g-police-2",
        "police report",
        """\
Anzeigenaufnahme — Vorgangsnr. {docket1}
Geschädigte: {kin1.first_last}, wohnhaft {abode1}
Kfz-Kennzeichen des Beschuldigten: {tag1}
Tatzeit: {on1}
Sachverhalt: [[Fahrraddiebstahl aus verschlossenem Keller]]
""",
        locales=DE,
    ),
    T(
        "g-police-3",
        "police report",
        """\
Processo verbale di denuncia — {docket1}
Il sottoscritto {kin1.first_last}, residente in {abode1}, tel. {dial1},
denuncia, in {town1}, [[lo smarrimento della carta d'identità e della tessera
sanitaria]] in data {on1}.
""",
        locales=IT,
    ),
    # --- payslip ---------------------------------------------------------------------------
    T(
        "g-pay-1",
        "payslip",
        """\
PAYSLIP  period ending {on1}
Employee {kin1.r_caps_last_first}   Emp no {account1}
NI / tax id: {taxref1.label} {taxref1}
[[Basic pay 2,410.00]]  [[Pension 120.50]]
Paid to {bankno1}
""",
        locales=(("en_GB", 1), ("en_AU", 1), ("en_IE", 1)),
    ),
    T(
        "g-pay-2",
        "payslip",
        """\
給与明細書　{on1}支給分
社員番号：{account1}　氏名：{kin1.whole}
[[基本給　285,000円]]　[[健康保険料　14,355円]]
振込先：{bankno1}
""",
        locales=JA,
    ),
    # --- bank statement --------------------------------------------------------------------
    T(
        "g-bank-1",
        "bank statement",
        """\
Rekeningafschrift
Rekeninghouder: {kin1.initials}
IBAN: {giro1}
Adres: {abode1}
{on1}  [[Betaling zorgverzekeraar]]  -128,40
{on2}  Overboeking van {kin2.first_last}  +50,00
""",
        locales=NL,
    ),
    T(
        "g-bank-2",
        "bank statement",
        """\
Kontoutdrag
Kontohaver: {kin1.full}, {abode1}
Kontonr. {bankno1}
{on1}  [[Varekjøp apotek]]  -312,00
""",
        locales=(("no_NO", 1),),
    ),
    T(
        "g-bank-3",
        "bank statement",
        """\
کشف حساب
صاحب حساب: {kin1.whole} ({kin1.r_first_last})
شماره تلفن: {dial1}
تاریخ: {on1}  [[پرداخت قبض بیمارستان]]
""",
        locales=FA,
    ),
    # --- loan application ------------------------------------------------------------------
    T(
        "g-loan-1",
        "loan application",
        """\
Solicitud de crédito de consumo
Titular: {kin1.last}, {kin1.first}    {citizen1.label}: {citizen1}
Domicilio: {abode1}    Celular: {dial1}
Ingresos: [[nómina mensual como enfermera]]
Cuenta (CLABE / CBU / cuenta corriente) para el depósito: {bankno1}
""",
        locales=(("es_MX", 1), ("es_AR", 1), ("es_CL", 1)),
    ),
    T(
        "g-loan-2",
        "loan application",
        """\
Kreditantrag — Selbstauskunft
Antragsteller: {kin1.first_last}, geboren {natal1}
{citizen1.label}: {citizen1.de}
Arbeitgeber-Ansprechpartner: {kin2.full}, {inbox1}
Zweck: [[Finanzierung eines Treppenlifts]] im Haus in {town1}
""",
        locales=(("de_AT", 1), ("de_DE", 1)),
    ),
    # --- clinical trial CRF ----------------------------------------------------------------
    T(
        "g-crf-1",
        "clinical trial CRF",
        """\
CRF · V3 / Wk 12 · centre 027
Participant code: {kin1.r_initials_nodot_last}   Screening no. {mrn1}
Visit date {on1}
[[Adverse events since last visit: mild headache, resolved]]
Investigator signature: {kin2.r_caps_last_first}
Wearable device IMEI {imei1}, Bluetooth {mac1}
""",
        locales=(("en_US", 1), ("hu_HU", 1), ("ro_RO", 1), ("bg_BG", 1), ("cs_CZ", 1)),
    ),
    T(
        "g-crf-2",
        "adverse event report",
        """\
SUSPECTED ADVERSE REACTION REPORT
Patient: {kin1.r_initial_last}, age {senior1}, sex M
Reporter: {person1.full}, {inbox1}, {dial1}
Suspect product: [[an oral anticoagulant]], batch on pack
Reaction onset {on1}: [[gastrointestinal bleeding requiring transfusion]]
""",
        locales=ENGLISHES,
    ),
    # --- prescription ----------------------------------------------------------------------
    T(
        "g-presc-1",
        "prescription",
        """\
Receita médica
Paciente: {kin1.full}
{citizen1.label}: {citizen1.br}
[[Losartana 50 mg — tomar 1 comprimido ao dia]]
{on1}
Dr(a). {kin2.first_last} — CRM {licence1}
""",
        locales=BR,
    ),
    T(
        "g-presc-2",
        "prescription",
        """\
नुस्खा / Prescription
रोगी: {kin1.full} ({kin1.r_first_last}), आयु {senior1}
दिनांक: {on1}
[[टैबलेट पैरासिटामोल 650 मि.ग्रा. दिन में दो बार]]
डॉ. {kin2.full}, पंजीकरण {reg1}
""",
        locales=HI,
    ),
    # --- employment contract ---------------------------------------------------------------
    T(
        "g-emp-1",
        "employment contract",
        """\
CONTRATTO DI LAVORO A TEMPO INDETERMINATO
Tra la società e il lavoratore {kin1.first_last}, nato il {natal1},
{citizen1.label} {citizen1.it}, residente in {abode1},
si conviene [[l'assunzione con qualifica di tecnico di laboratorio]] a decorrere dal {on1}.
""",
        locales=IT,
    ),
    T(
        "g-emp-2",
        "employment contract",
        """\
Contract individual de muncă
Salariat: {kin1.caps_last} {kin1.first}, {citizen1.label} {citizen1.ro}
Domiciliu: {abode1}
Data începerii activității: {on1}
Funcția: [[asistent medical generalist]], punct de lucru {town1}
""",
        locales=RO,
    ),
    # --- tenancy agreement -----------------------------------------------------------------
    T(
        "g-lease-1",
        "tenancy agreement",
        """\
Hyreskontrakt för bostadslägenhet
Hyresgäst: {kin1.full}, {citizen1.label} {citizen1.se}
Lägenhet: {abode1}
Tillträde {on1}. [[Hyran betalas månadsvis i förskott]].
Hyresvärd: {kin2.full}, tfn {dial1}
""",
        locales=(("sv_SE", 1),),
    ),
    T(
        "g-lease-2",
        "tenancy agreement",
        """\
Договір оренди житла
Орендар: {kin1.fio}, {citizen1.label} {citizen1.ua}
Адреса об'єкта: {abode1}
Початок оренди: {on1}. [[Оплата щомісяця до десятого числа]].
""",
        locales=UK,
    ),
    # --- customs declaration ---------------------------------------------------------------
    T(
        "g-cust-1",
        "customs declaration",
        """\
CUSTOMS DECLARATION CN23
Sender: {kin1.r_caps_full}, {abode1}
Addressee: {kin2.r_caps_full}, {abode2}
Contents: [[prescription medicines for personal use, 3 boxes]]
Sender phone {dial1.intl}   Date {on1}
""",
        locales=(("zh_TW", 1), ("ko_KR", 1), ("th_TH", 1), ("el_GR", 1), ("ka_GE", 1)),
    ),
    # --- pension letter --------------------------------------------------------------------
    T(
        "g-pension-1",
        "pension letter",
        """\
Nyugdíjfolyósító értesítés
{kin1.whole} részére, {abode1}
Született: {natal1}, életkora {senior1} év
[[Az ellátás összege januártól emelkedik]]. Ügyintéző: {kin2.whole}, {dial1}
""",
        locales=HU,
    ),
    T(
        "g-pension-2",
        "pension letter",
        """\
Пенсионно уведомление
До: {kin1.full}, {citizen1.label} {citizen1.bg}
Адрес: {abode1}
Считано от {on1} [[пенсията се изплаща по банкова сметка]] {giro1}.
""",
        locales=BG,
    ),
    # --- visa application ------------------------------------------------------------------
    T(
        "g-visa-1",
        "visa application",
        """\
Visa application — supporting letter
Applicant: {kin1.r_caps_last_first} (name in native script: {kin1.full})
Passport holder born {natal1}; home address {abode1}
Host in the UK: {kin2.r_first_last}, {dial2.intl}
Purpose: [[attend a two-week surgical fellowship]]
""",
        locales=(("ka_GE", 1), ("hy_AM", 1), ("uk_UA", 1), ("ru_RU", 1), ("el_GR", 1)),
    ),
    T(
        "g-visa-2",
        "visa application",
        """\
Surat sponsor kunjungan
Nama: {kin1.full}  {citizen1.label}: {citizen1.id}
Alamat: {abode1}
Tanggal keberangkatan: {on1}. Telepon: {dial1}
Tujuan: [[mendampingi orang tua berobat]] di {town1}
""",
        locales=ID_,
    ),
    # --- dental chart ----------------------------------------------------------------------
    T(
        "g-dent-1",
        "dental chart",
        """\
Tandlægejournal
Patient: {kin1.full}, {citizen1.label} {citizen1.dk}
{on1}: [[fyldning tand 36, okklusal]]. Næste indkaldelse om et år.
Tlf. {dial1}
""",
        locales=(("da_DK", 1),),
    ),
    # --- school medical form ---------------------------------------------------------------
    T(
        "g-school-1",
        "school medical form",
        """\
Karta zdrowia ucznia / school health card
Uczeń: {kin1.first} {kin1.last}, ur. {natal1}
Rodzic: {kin2.full}, {dial1}, {inbox1}
[[Alergia na orzechy — adrenalina w sekretariacie]]
""",
        locales=PL,
    ),
    # --- device service log ----------------------------------------------------------------
    T(
        "g-dev-1",
        "device service log",
        """\
Infusion pump service record
Asset {serial1} · MAC {mac1} · IP {host1}
Last user login: {kin1.r_handle} on {on1}
Patient on pump at swap: {kin2.r_last_first} (MRN {mrn1})
Fault: [[occlusion alarm downstream]]; [[replaced pressure sensor]]
Biomed tech: {person1.first_last}, cert. {cert1}
""",
        locales=(("en_US", 1), ("en_CA", 1), ("ko_KR", 1), ("ar_AE", 1), ("he_IL", 1)),
    ),
    # --- biometric enrolment ---------------------------------------------------------------
    T(
        "g-bio-1",
        "biometric enrolment record",
        """\
Biometric enrolment — staff access control
Name: {kin1.r_caps_last_first} / {kin1.whole}
Fingerprint template {biokey1}; photo {selfie1}; reader {mac1}
Enrolled {on1} at {town1}
Badge status: [[active, restricted to pharmacy store room]]
""",
        locales=(("ar_SA", 1), ("fa_IR", 1), ("th_TH", 1), ("hi_IN", 1), ("ja_JP", 1)),
    ),
    # --- patient portal notice -------------------------------------------------------------
    T(
        "g-portal-1",
        "patient portal message",
        """\
Nachricht aus dem Patientenportal
{kin1.first}, Ihre [[Befunde der Darmspiegelung]] sind da: {site1}
Fragen? {dial1} — Ihr Praxisteam, Dr. {kin2.last}
""",
        locales=(("de_CH", 1), ("de_AT", 1)),
    ),
    T(
        "g-portal-2",
        "patient portal message",
        """\
Hi {kin1.r_first}! A new message from Dr {person1.last} is waiting: {site1}
[[Your biopsy result is benign]]. To update your number ({dial1}) log in from a trusted device.
""",
        locales=ENGLISHES,
    ),
    # --- Georgian / Armenian letter --------------------------------------------------------
    T(
        "g-ref-5",
        "referral letter",
        """\
მიმართვა
პაციენტი: {kin1.full} ({kin1.r_first_last})
დაბადების თარიღი: {natal1}
ტელ.: {dial1}
დიაგნოზი: [[ქრონიკული გასტრიტი]]
ექიმი: {kin2.full}
""",
        locales=(("ka_GE", 1),),
    ),
    T(
        "g-kyc-5",
        "KYC review",
        """\
مراجعة اعرف عميلك
الاسم: {kin1.whole} — بالأحرف اللاتينية: {kin1.r_caps_full}
تاريخ الميلاد: {natal1}
الهاتف: {dial1}
الحساب: {giro1}
مصدر الدخل: [[راتب شهري من وزارة الصحة]]
""",
        locales=AR,
    ),
    T(
        "g-clin-5",
        "clinical note",
        """\
Phiếu khám ngoại trú — {on1}
Bệnh nhân: {kin1.whole}, sinh ngày {natal1}
Địa chỉ: {abode1}
Triệu chứng: [[đau đầu kéo dài và chóng mặt]]
Bác sĩ: {kin2.whole} — ĐT {dial1}
""",
        locales=VI,
    ),
    T(
        "g-clin-6",
        "clinical note",
        """\
Catatan kunjungan poliklinik
Pasien: {kin1.caps}, {citizen1.label} {citizen1.id}
Tanggal: {on1}
Keluhan: [[batuk berdahak lebih dari dua minggu]]; rencana [[tes dahak BTA]]
Dokter: dr. {kin2.full}
""",
        locales=ID_,
    ),
    T(
        "g-clin-7",
        "clinical note",
        """\
臨床紀錄 {on1}
病患：{kin1.whole}（{kin1.r_caps_last_first}）
病歷號：{mrn1}
[[右膝退化性關節炎]]，建議[[復健治療每週兩次]]。
聯絡電話：{dial1}
""",
        locales=TW,
    ),
    T(
        "g-claim-4",
        "insurance claim",
        """\
Skadeanmälan — hemförsäkring och olycksfall
Försäkringstagare: {kin1.last_first}
Skadedatum: {on1}. [[Fall i trappa, handledsfraktur]]
Utbetalning till: {giro1}
Kontakt: {inbox1}, {dial1}
""",
        locales=(("sv_SE", 1), ("fi_FI", 1)),
    ),
    T(
        "g-fax-1",
        "fax cover sheet",
        """\
FAX — {on1}
To: Dr {kin1.r_full}, orthopaedics    Fax: {telefax1}
From: {kin2.r_first_last}    Fax: {telefax2}   Tel: {dial1}
Pages: 4   Re: {kin3.r_last_first}, DOB {natal1}, health plan {mbi1}, SSN {citizen1.us}
[[Operative note and post-op X-rays enclosed]]
""",
        locales=(("en_US", 2), ("en_CA", 1)),
    ),
)

LOCALES = (
    ("en_US", 4), ("en_GB", 3), ("en_IN", 2), ("de_DE", 2), ("fr_FR", 2), ("es_ES", 2),
    ("it_IT", 2), ("pl_PL", 2), ("ja_JP", 2), ("zh_CN", 2), ("ru_RU", 2), ("pt_BR", 2),
    ("ar_EG", 1), ("fa_IR", 1), ("he_IL", 1), ("hi_IN", 1), ("th_TH", 1), ("ko_KR", 1),
    ("zh_TW", 1), ("uk_UA", 1), ("el_GR", 1), ("tr_TR", 1), ("nl_NL", 1), ("sv_SE", 1),
    ("cs_CZ", 1), ("hu_HU", 1), ("ro_RO", 1), ("bg_BG", 1), ("vi_VN", 1), ("id_ID", 1),
    ("ka_GE", 1), ("hy_AM", 1), ("da_DK", 1), ("fi_FI", 1), ("no_NO", 1), ("pt_PT", 1),
    ("es_MX", 1), ("es_AR", 1), ("en_AU", 1), ("en_CA", 1), ("en_PH", 1), ("en_NG", 1),
    ("de_AT", 1), ("fr_BE", 1), ("nl_BE", 1), ("hr_HR", 1), ("sk_SK", 1), ("lt_LT", 1),
    ("sl_SI", 1), ("et_EE", 1), ("lv_LV", 1), ("az_AZ", 1), ("bn_BD", 1), ("ne_NP", 1),
)  # fmt: skip
NAME_COUNTRIES = (
    "NG", "IN", "BE", "BD", "PT", "PH", "ID", "MY", "EG", "MA", "DZ", "IR", "IQ", "SA",
    "GH", "DK", "ET", "ZA", "JM", "HT", "CM", "SE", "AF", "HU", "CZ", "FI", "HR", "GR",
    "AL", "MX", "CO",
)  # fmt: skip
ID_COUNTRIES = (
    "US", "GB", "IN", "DE", "FR", "ES", "IT", "PL", "NL", "BR", "TR", "CA", "SE", "FI",
    "NO", "DK", "CZ", "RO", "GR", "MX", "CN", "KR", "ZA", "TH", "IL", "BG", "CL", "AR",
    "HR", "BE", "JP", "UA", "ID", "PK", "MY", "IS", "EE",
)  # fmt: skip

SPLIT = Split(
    name="heldout_g",
    templates=TEMPLATES,
    seeds=range(61000001, 61000401),
    locales=LOCALES,
    name_countries=NAME_COUNTRIES,
    id_countries=ID_COUNTRIES,
    shapes={
        "mrn": ("EPI#########", "K####-####-##", "U##-###-###-#", "M/##-#####"),
        "plan": ("MEM?#########", "HP-??-#########", "#########??"),
        "claim": ("CL/##/######/?", "SIN-??-#######", "Q#####-###"),
        "account": ("E####-##-###", "P0######", "ST/#####"),
        "licence": ("DL-???-#####-##", "MCI/####/#####", "##-??-####"),
        "reg": ("RN-##-#####", "GMC#######", "NMC##?####?"),
        "cert": ("CERT/####/??/###", "BMET-####-?"),
        "serial": ("??####-##-????", "SN#?#?#?#?##", "A##-??-#####"),
    },
    date_formats=("%Y.%m.%d.", "%d-%b-%y", "%b %d %Y"),
    compound_surname=0.15,
)
