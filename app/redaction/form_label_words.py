"""The words forms print before a value, in the languages the recognizers read.

A form, a letter's header block or a record export writes a value after its label and a
colon: "Lekarz: Antoni Nowak", "Diagnosi: scompenso cardiaco", "Opis: nakup v trgovini",
"Адрес: ...". The NER model, which reads English, takes such a capitalised foreign word
for a person or a place. These are the common labels of the forms' fields, by what they
ask for (a doctor, a diagnosis, a description, an address, a place, a date, a holder, a
finding, a treatment ...), each in the languages of the notes; `not_identifiers.label_only`
drops a finding of them only with its value after it (a colon, an equals sign, a bar or a
number), and never one that is also a given name or of three letters or fewer (a chat's
speaker "Reg:" stays). No word of the given-name dictionary is listed ("lieu", "dato" and
"sími" are in it and stay out).
"""

from __future__ import annotations

from typing import Final

from app.redaction.wordtrie import word_list

FORM_LABEL_WORDS: Final = frozenset(
    word_list(
        """
    physician arzt ärztin hausarzt médecin medico médico lekarz lékař lekár лекар врач
    лікар dokter docteur orvos hekim läkare lege læge lääkäri γιατρός ιατρός bacsi
    الطبيب طبيب پزشک 医生 医師 醫師 kezelőorvos ošetřující
    diagnosis diagnose diagnosi diagnóstico diagnostico diagnostic diagnoza diagnóza
    diagnosa diagnoos diagnozė diagnoze диагноз диагноза діагноз tanı teşhis tashxis
    διάγνωση التشخيص تشخیص 诊断 診断 hauptdiagnose
    description beschreibung descripción descrizione descrição opis popis описание
    açıklama leírás kuvaus beskrivelse beskrivning omschrijving
    address adres adresa adresas adrese адрес адреса адресa indirizzo dirección
    endereço osoite lakcím adress bydliště domicilio domiciliu wohnanschrift
    luogo lugar miejsce místo место yer paikka plaats
    fecha data kuupäev päivämäärä tarih дата датум ημερομηνία
    holder inhaber kontoinhaber titulaire intestatario posiadacz владелец
    supervisor superbisor vorgesetzter vorgesetzte superviseur
    insured versicherter versicherte assuré assurée asegurado assicurato segurado
    ubezpieczony застрахованный застрахована pojištěnec
    recommendations empfehlung empfehlungen recommandations zalecenia doporučení
    рекомендации öneriler raccomandazioni recomendaciones aanbevelingen
    conclusion conclusie schlussfolgerung conclusión conclusione conclusão wniosek
    заключение sonuç závěr záver
    befund befunde bevinding bevindingen hallazgos reperto wynik wyniki bulgular nález
    treatment behandlung traitement tratamiento trattamento tratamento leczenie лечение
    tedavi behandeling terapia therapie
    prescriber prescripteur verordner prescriptor
    referrer überweiser zuweiser einweiser
    complaint beschwerden plainte queja skarga жалобы şikayet klacht
    aufnahme ingreso ricovero internação internare internat przyjęcie поступление
    yatış taburcu entlassung sortie dimissione wypis выписка ontslag
    amount betrag montant monto importo kwota сумма tutar bedrag
    beneficiary bénéficiaire beneficiario begünstigter empfänger
    witness zeuge zeugin témoin testigo testimone świadek svedok свидетель tanık
    svědek getuige
    puhelin telepono ტელეფონი 聯絡電話 电话 電話 telefonnummer
    netfang correo courriel sähköposti e-posta
    material materiaal materiał
    annustamine dosierung posologie dosis dawkowanie
    laikotarpis zeitraum période periodo okres период
    tarjeta karte karta kortti
    borger bürger
    anamnese anamnesis anamnez anamneza
    visit besuch wizyta
    conduta histórico fechas ingresso naslov adrese
    """
    )
)
