"""A DEV-side stress set for ages over 89 (HIPAA Safe Harbor: "all ages over 89"), in the
forms clinicians, insurers, police, HR staff and chat users of many countries write them:
with and without a hyphen or a unit, before and after the number, abbreviated ("92 y/o",
"92F", "M/92"), in table cells, after a date of birth, spelled out in words; and beside
them the numbers that must survive (doses, vital signs, rooms and beds, durations, years,
prices, "92 years ago" in each language, ages up to 89).

The forms below were written from the class (how each language writes an age), not from
the redactor's word lists; surrounding names come from Faker. Only the number is the
identifier (the evaluation labels the age value, "92" of "92-year-old"). It is tuned on
like the DEV split; it is not a held-out set.
"""

from __future__ import annotations

import functools
import random

from faker import Faker

from resources.synthetic.redaction_eval.kinds import DocBuilder, LabelledDoc

# Forms of an age by language: {N} the number (the entity), {W} the number in English words
# (the entity). Polish, Russian and Ukrainian nouns agree with the number (see `_agree`).
FORMS: dict[str, tuple[str, ...]] = {
    "en": (
        "{N}-year-old", "{N} year old", "{N} year-old", "{N}-years-old", "{N} years old",
        "{N} y/o", "{N}y/o", "{N}yo", "{N} yo", "{N} y.o.", "{N}y.o.", "{N}y", "{N} yrs",
        "{N}yrs", "{N} yr", "{N}-yr-old", "{N} yr old", "{N} yrs old", "{N} yoa",
        "aged {N}", "Aged {N}", "age {N}", "Age: {N}", "AGE: {N}", "age: {N}", "age of {N}",
        "at the age of {N}", "{N} years of age", "{N} yrs of age", "{N} M", "{N}F", "{N}M",
        "{N} F", "M/{N}", "F/{N}", "{N}/F", "{N}/M", "F, {N}", "M, {N}", "{N}yoF", "{N} yo M",
        "{N}-year-old female", "turned {N}", "turns {N}", "turning {N}",
        "{N}{TH} birthday", "{N}{TH} bday", "celebrated her {N}{TH}",
        "Age | {N}", "| Age | {N} |", "Age (yrs): {N}", "Age (years) {N}", "Age/Sex: {N}/F",
        "Age/Sex: {N} M", "Sex/Age: F/{N}", "age at entry: {N}", "Age next birthday: {N}",
        "insured's age {N}", "still driving at {N}", "died at {N}", "now {N}",
        "(age {N})", "(aged {N})", "({N} yrs)", "({N}yo)", "I'm {N}", "im {N} now",
        "she's {N}", "he is {N}", "mum is {N}", "my dad is {N}",
    ),
    "en-words": (
        "aged {W}", "{W} years old", "{W}-year-old", "{W} years of age", "age {W}",
        "turned {W}", "{W} year old",
    ),
    "de": (
        "{N} Jahre alt", "{N}-jährige", "{N}-jähriger", "{N}-Jährige", "{N}jährige",
        "im Alter von {N} Jahren", "Alter: {N}", "Alter {N} J.", "{N} J.", "{N} Jahre",
        "{N}. Geburtstag", "im {N}. Lebensjahr", "Alter: {N} Jahre",
    ),
    "fr": (
        "{N} ans", "âgé de {N} ans", "âgée de {N} ans", "agée de {N} ans", "Âge : {N} ans",
        "âge: {N}", "à l'âge de {N} ans", "{N}ans", "{N}e anniversaire",
    ),
    "es": (
        "{N} años", "de {N} años de edad", "edad: {N}", "Edad: {N} años", "{N} años de edad",
        "con {N} años", "tiene {N} años", "Edad {N}",
    ),
    "it": ("{N} anni", "di {N} anni", "età: {N}", "Età {N} anni", "{N}enne", "una {N}enne"),
    "pt": ("{N} anos", "com {N} anos", "idade: {N}", "{N} anos de idade", "Idade {N} anos"),
    "nl": ("{N} jaar", "{N}-jarige", "{N} jarige", "leeftijd: {N}", "{N} jaar oud"),
    "pl": (
        "{N} lata", "{N}-letni", "{N}-letnia", "{N}letnia", "lat {N}", "wiek: {N}",
        "w wieku {N} lat", "{N} l.",
    ),
    "cs": ("{N} let", "{N}letý", "{N}letá", "{N}-letý", "věk: {N}", "ve věku {N} let"),
    "sk": ("{N} rokov", "{N}-ročný", "{N}ročná", "vek: {N}"),
    "hu": ("{N} éves", "{N} éves korában", "{N}éves", "életkor: {N}", "kor: {N}"),
    "ro": ("{N} de ani", "în vârstă de {N} de ani", "vârsta: {N}", "vârsta de {N} ani"),
    "tr": ("{N} yaşında", "{N} yaşındaki", "yaş: {N}", "Yaş: {N}", "{N} yaş"),
    "sv": ("{N} år", "{N}-årig", "{N}-åriga", "{N} år gammal", "ålder: {N}"),
    "da": ("{N} år", "{N}-årig", "{N} år gammel", "alder: {N}", "{N}-årige"),
    "fi": ("{N}-vuotias", "{N} vuotias", "{N}-vuotiaana", "{N} vuotta", "ikä: {N}"),
    "vi": ("{N} tuổi", "tuổi: {N}", "cụ bà {N} tuổi"),
    "id": ("{N} tahun", "umur {N} tahun", "usia {N} tahun", "berusia {N} tahun", "umur: {N}"),
    "el": ("{N} ετών", "{N} χρονών", "ηλικία: {N}", "ηλικίας {N} ετών", "{N}χρονη"),
    "ru": ("{N} года", "{N}-летний", "{N}-летняя", "возраст: {N}", "в возрасте {N} лет"),
    "uk": ("{N} роки", "вік: {N}", "{N}-річна", "у віці {N} років"),
    "ja": ("{N}歳", "{N}才", "年齢：{N}", "年齢: {N}歳"),
    "zh": ("{N}岁", "{N}歲", "{N}周岁", "年龄：{N}"),
    "ko": ("{N}세", "{N}살", "나이: {N}", "만 {N}세"),
    "latin-other": ("{N} saal", "umri wa miaka {N}", "{N} taong gulang", "{N} sana"),
}  # fmt: skip

# Numbers that must survive in the same documents (each holds a number the age rules see).
NEGATIVES = (
    "92 mg", "BP 92/60", "HR 92", "pulse 96", "SpO2 92%", "sats 94% on air", "room 92",
    "92 years ago", "in 1992", "92 kg", "bed 92", "92 days", "ward 9", "aged 45",
    "45-year-old", "age 67", "89 years old", "aged 89", "top 100", "£92", "$100", "€95",
    "100 mg", "page 92", "92 mmHg", "FEV1 92%", "Hb 92 g/L", "insulin 96 units",
    "score 92/100", "95% CI", "95th centile", "glucose 95", "heart rate 98",
    "90 minutes", "for 90 days", "100 ml", "route 95", "98 points", "bus 93",
    "vor 92 Jahren", "il y a 92 ans", "hace 92 años", "92 lat temu", "92 jaar geleden",
    "92 anni fa", "92 år sedan", "92 года назад", "há 92 anos", "92年前", "92 years later",
    "a 30-year-old", "Alter 54", "54 ans", "67 años", "temp 99.1", "92 patients",
    "Hb 95", "RR 96", "paid 120 EUR", "over 100 staff", "99 problems", "grade 90%",
)  # fmt: skip

# Documents: {AGE} an age form, {P}/{Q} names (Faker), {NEG} a number that must survive.
FRAMES = (
    "{P} is a {AGE} admitted with a fall. {NEG}; {NEG}.",
    "Clinical note\nPatient: {P}\n{AGE}\nObs: {NEG}, {NEG}.",
    "Discharge summary for {P} ({AGE}). Plan: {NEG}.",
    "| Name | {P} |\n| {AGE} |\n| Notes | {NEG} |",
    "Claim form. Insured: {P}, {AGE}. Deductible {NEG}.",
    "Incident report: victim {P}, {AGE}, found at home. Officer noted {NEG}.",
    "HR file: {P} (retired), {AGE}; pension query about {NEG}.",
    "agent: how old is the policyholder?\ncustomer: {AGE}\nagent: thanks, {NEG}.",
    "{P}, {AGE}, lives alone. {NEG}.",
    "Referral: {AGE} with dementia. {NEG}. Seen by {Q}.",
    "[10:02] {F}: my grandmother {AGE} and has a cough\n[10:03] nurse: ok, {NEG}?",
    "Radiology request: {AGE}, hip pain after fall. {NEG}.",
    "DOB {DOB} ({AGE}). {NEG}.",
    "KYC review: customer {P}, {AGE}. Flag: {NEG}.",
    "{P} ({N})\n{NEG}",
    "Mrs {L} ({N}) attended with her son; {NEG}.",
    "Resident {P} ({N} yrs) and {Q} ({YOUNG}). {NEG}.",
)


def _words(n: int) -> str:
    """`n` (90..129) in English words: "ninety-two", "one hundred and three"."""
    ones = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    tens = {2: "twenty"}
    if n < 100:
        return "ninety" + (f"-{ones[n - 91]}" if n > 90 else "")
    rest = n - 100
    if rest == 0:
        return "one hundred"
    if rest < 10:
        word = ones[rest - 1]
    elif rest < 20:
        word = teens.split()[rest - 10]
    else:
        word = tens[rest // 10] + (f"-{ones[rest % 10 - 1]}" if rest % 10 else "")
    return f"one hundred and {word}"


def _ordinal(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _agree(form: str, n: int) -> str:
    """Polish, Russian and Ukrainian nouns after a number: 2-4 (not 12-14) take one form,
    the others another ("92 lata", "95 lat"; "92 года", "95 лет"; "92 роки", "95 років")."""
    form = form.replace("{TH}", _ordinal(n))
    few = n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
    if few:
        return form
    return form.replace("lata", "lat").replace("года", "лет").replace("роки", "років")


@functools.cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "pl_PL", "nl_NL", "tr_TR")


def _age(rng: random.Random) -> int:
    return rng.randint(90, 105) if rng.random() < 0.85 else rng.randint(106, 129)


def _put_form(doc: DocBuilder, form: str, n: int) -> None:
    """The form with its number (or words) recorded as the AGE entity."""
    value = _words(n) if "{W}" in form else str(n)
    slot = "{W}" if "{W}" in form else "{N}"
    head, _, tail = _agree(form, n).partition(slot)
    doc.text(head)
    doc.entity(value, "AGE", "age")
    doc.text(tail)


def render(seed: int) -> LabelledDoc:
    rng = random.Random(seed)  # noqa: S311 - fixed-seed test data
    frame = FRAMES[seed % len(FRAMES)]
    # English forms (the most written, and the most varied) in about a third of documents
    lang = "en" if rng.random() < 0.3 else rng.choice(sorted(FORMS))
    fake = _faker(rng.choice(_LOCALES))
    fake.seed_instance(seed)
    n = _age(rng)
    doc = DocBuilder()
    for piece in frame.replace("{", "\x00{").replace("}", "}\x00").split("\x00"):
        if piece == "{AGE}":
            _put_form(doc, rng.choice(FORMS[lang]), n)
        elif piece == "{N}":
            doc.entity(str(n), "AGE", "age")
        elif piece in ("{P}", "{Q}"):
            doc.entity(f"{fake.first_name()} {fake.last_name()}", "PERSON", piece[1])
        elif piece == "{F}":
            doc.entity(fake.first_name(), "PERSON", "F")
        elif piece == "{L}":
            doc.entity(fake.last_name(), "PERSON", "L")
        elif piece == "{DOB}":
            dob = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{2023 - n}"
            doc.entity(dob, "DATE", "dob")
        elif piece == "{YOUNG}":
            doc.kept(f"{rng.randint(18, 89)} yrs")
        elif piece == "{NEG}":
            doc.kept(rng.choice(NEGATIVES))
        else:
            doc.text(piece)
    return doc.labelled(
        f"ages-{seed % len(FRAMES)}-{lang}", seed, split="dev-ages", doc_type="ages", locale=lang
    )


def ages_corpus(n: int = 300, first_seed: int = 1) -> list[LabelledDoc]:
    """`n` age stress documents (seed i: frame i mod the frames, a language drawn)."""
    return [render(s) for s in range(first_seed, first_seed + n)]
