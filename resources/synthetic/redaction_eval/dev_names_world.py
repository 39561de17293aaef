"""A second DEV-side stress set for person names: the written forms of names from many
cultures (family name first, particles, initials, capitals, titles in many languages,
signatures, e-mail headers, tables, chats, roles and credentials after a name), each
document also holding a sentence of things that are NOT people (drug names, medical
eponyms, wards, companies, headings, abbreviations, Latin, other languages' common words)
as kept phrases, so that precision is measured beside recall.

Names come from Faker's person providers of each culture's locale (romanised where Faker
offers it, transliterated otherwise) and the names-dataset snapshot (`world_names.py`),
never from the redactor's gazetteer. The frames and the negative phrases were written from
the classes (how letters, notes, claims and chats name people; what clinical and office
text capitalises without naming anyone). It is tuned on like the DEV split; it is not a
held-out set.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable

from faker import Faker
from faker.decode import unidecode

from resources.synthetic.redaction_eval.kinds import DocBuilder, LabelledDoc
from resources.synthetic.redaction_eval.world_names import world_names

# A culture: (label, Faker locale or None, names-dataset country or None, family first?)
CULTURES: tuple[tuple[str, str | None, str | None, bool], ...] = (
    ("chinese", "zh_CN", None, True),
    ("korean", "ko_KR", None, True),
    ("japanese", "ja_JP", None, True),
    ("vietnamese", "vi_VN", "VN", True),
    ("thai", "th_TH", None, False),
    ("indian", "en_IN", "IN", False),
    ("arabic", "ar_SA", "EG", False),
    ("persian", None, "IR", False),
    ("turkish", "tr_TR", "TR", False),
    ("hungarian", "hu_HU", "HU", True),
    ("polish", "pl_PL", "PL", False),
    ("czech", "cs_CZ", "CZ", False),
    ("russian", "ru_RU", None, False),
    ("greek", "el_GR", "GR", False),
    ("yoruba", "yo_NG", "NG", False),
    ("igbo", "ig_NG", None, False),
    ("akan", "tw_GH", "GH", False),
    ("swahili", "sw", "KE", False),
    ("zulu", "zu_ZA", "ZA", False),
    ("spanish", "es_ES", "ES", False),
    ("portuguese", "pt_BR", "BR", False),
    ("dutch", "nl_NL", "NL", False),
    ("irish", "en_IE", "IE", False),
    ("scottish", "en_GB", "GB", False),
    ("icelandic", "is_IS", None, False),
)

# Titles and forms of address by language, as letters and notes write them.
TITLES = (
    "Dr", "Dr.", "Prof.", "Herr", "Frau", "M.", "Mme", "Sr.", "Sra.", "Dña.", "Dott.",
    "Dott.ssa", "Pan", "Pani", "Bay", "Bayan", "Ông", "Bà", "Sayın", "Mevrouw", "Meneer",
    "Mr", "Mrs", "Ms", "Miss", "Shri", "Smt.",
)  # fmt: skip


@functools.cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _latin(word: str) -> str:
    """A Faker name in another script, transliterated as a Latin-script note writes it."""
    # unidecode writes the Arabic ayn as a backtick; names written in Latin letters drop it
    words = ("".join(c for c in unidecode(p) if c.isalpha() or c in "'-") for p in word.split())
    words = (w.strip("'-").lower() for w in words)
    return " ".join(_cap(w) for w in words if w)


def _korean(word: str) -> str:
    syllables = [unidecode(ch).strip() for ch in word if ch.strip()]
    return (
        _cap("".join(syllables).lower())
        if len(syllables) < 3
        else _cap(syllables[0].lower()) + "-" + "".join(syllables[1:]).lower()
    )


def _faker_name(label: str, f: Faker, rng: random.Random) -> tuple[str, str]:
    """(given, family) from the culture's Faker locale, in Latin letters."""
    if label == "chinese":
        a, b = str(f.first_romanized_name()), str(f.first_romanized_name())
        given = a if rng.random() < 0.4 else a + b.lower()
        return given, str(f.last_romanized_name())
    if label == "japanese":
        return str(f.first_romanized_name()), str(f.last_romanized_name())
    if label == "korean":
        return _korean(str(f.first_name())), _latin(unidecode(str(f.last_name())))
    if label == "vietnamese":
        given = f"{f.middle_name()} {f.first_name()}"
        name = (str(f.last_name()), given)
        if rng.random() < 0.4:  # written without diacritics, as many forms do
            name = (_latin(name[0]), _latin(name[1]))
        return name[1], name[0]
    if label in ("thai", "russian", "greek", "arabic"):
        given, family = str(f.first_name()), str(f.last_name())
        if label in ("russian", "greek") and rng.random() < 0.3:
            return given, family  # in its own script
        return _latin(given), _latin(family)
    if label == "indian":
        given, family = str(f.first_name()), str(f.last_name())
        if rng.random() < 0.3:  # a father's name between
            given = f"{given} {f.first_name_male()}"
        return given, family
    if label == "spanish":
        family = f"{f.last_name()} {'y ' if rng.random() < 0.4 else ''}{f.last_name()}"
        return str(f.first_name()), family
    if label == "portuguese":
        return str(f.first_name()), f"{rng.choice(('dos', 'da', 'de'))} {f.last_name()}"
    if label == "dutch":
        particle = rng.choice(("van der", "van", "de", "van den", "ter"))
        return str(f.first_name()), f"{particle} {f.last_name()}"
    if label == "irish":
        family = str(f.last_name()).split()[-1].removeprefix("O'")
        return str(f.first_name()), f"O'{family}" if rng.random() < 0.5 else family
    if label == "scottish":
        return str(f.first_name()), f"{rng.choice(('Mac', 'Mc'))}{f.last_name()}"
    return str(f.first_name()), str(f.last_name())


_ARABIC_PARTICLES = ("al-", "El-", "bin ", "ibn ", "Abu ", "Abdul ", "Al ")


def culture_name(
    label: str, locale: str | None, country: str | None, rng: random.Random
) -> tuple[str, str]:
    """(given, family) of one person of the culture: Faker or names-dataset, and
    sometimes hyphenated."""
    if country in world_names() and (locale is None or rng.random() < 0.35):
        table = world_names()[str(country)]
        given, family = rng.choice(table["first"]), rng.choice(table["last"])
        if label == "arabic" or (label == "persian" and rng.random() < 0.4):
            family = f"{rng.choice(_ARABIC_PARTICLES)}{family}".replace("- ", "-")
    else:
        assert locale is not None
        f = _faker(locale)
        f.seed_instance(rng.randrange(1 << 30))
        given, family = _faker_name(label, f, rng)
    if label not in ("chinese", "korean", "japanese", "vietnamese") and rng.random() < 0.1:
        other = world_names()[rng.choice(sorted(world_names()))]["last"]
        family = f"{family}-{rng.choice(other)}"
    if label == "icelandic" and rng.random() < 0.5:
        family = f"{given.split()[0].rstrip('ur')}sdóttir"
    return given.strip(), family.strip()


def _initials(given: str) -> str:
    parts = [p for p in given.replace("-", " -").split() if p.strip("-")]
    out = []
    for p in parts[:2]:
        out.append(f"-{p[1]}." if p.startswith("-") else f"{p[0]}.")
    return " ".join(out).replace(" -", "-")


# Frames: {N} the name in its culture's order, {W} given first, {G} given, {S} family,
# {NC} in capitals, {LCF} "FAMILY, Given", {SG} "FAMILY Given", {LFM} "Family, Given M.",
# {IN} "A. T. Family", {SI} "Family AT", {T} a title (not part of the name), {g}/{n}
# lower case, {M}/{K} two other people, {m} M's given name in lower case.
FRAMES = (
    "Kind regards,\n{N}\n[[Clinical Nurse Specialist]]",
    "From: {N} <{E}>\nTo: {M}\nCc: {K}; {W}\nSubject: [[bed availability]]",
    "| {LCF} | [[Ward 4]] | [[discharged home]] |",
    "cc: {N}, {M} and {K}",
    "[09:14] {N}: [[is the bed ready?]]\n[09:15] {M}: [[yes, bay 3]]",
    "{g}: [[hi are you there]]\n{m}: [[yes go ahead]]\n{g}: [[ok thanks]]",
    "{N}'s [[test results]] are back.",
    "Seen by {N}, RN, at 14:00.",
    "[[Reviewed]] by {N} MD PhD.",
    "Referral to {N} ([[cardiology]]).",
    "Collateral from daughter {N}; son-in-law {M} also present.",
    "Referred by {N}; spoke with {M} about [[the dressing]].",
    "Per {N}, [[no known allergies]].",
    "Attn: {N}",
    "{T} {S} [[attended the clinic]].",
    "{T} {N} [[has been informed]].",
    "Patient: {LFM}\n[[Reason for visit: cough]]",
    "{IN} [[signed the consent form]].",
    "Reported by {SI} ([[radiology]]).",
    "{IN} will review tomorrow; [[bloods pending]].",
    "{NC} - [[ADMISSION NOTE]]",
    "PATIENT: {SG}\n[[WARD: ACUTE MEDICINE]]",
    "{SG} was admitted overnight with [[shortness of breath]].",
    "Discussed with {N} (consultant) and [[the ward team]].",
    "Name\t{N}\nRole\t[[Staff Nurse]]",
    "Dear {T} {S},\n[[your appointment is confirmed]].",
    "{N} and {M} attended [[the review]].",
    "The interpreter, {N}, translated for {M}.",
    "Thanks,\n{G}",
    "Mit freundlichen Grüßen\n{N}",
    "Best,\n{N}\n[[Fraud Analyst]], [[Retail Banking]]",
    "Witness: {N} ({M}'s husband)",
    "Consent obtained from {N} ([[patient's mother]]).",
    "Handover from {N} to {M} at 19:00.",
    "Assigned to: {N}",
    "{N} was counselled. {S} agreed with [[the plan]].",
    "Message for {W} from [[the pharmacy]].",
    "Family contacts: wife {N}, son {M}.",
    "Approved by {N} / {M}",
    "Next of kin: {N} ([[brother]])",
    "Interview with {N}, [[branch manager]], about [[the complaint]].",
    "Reported via chat by {N}.",
    "{LCF} ({T} {M}) - [[follow-up]]",
    "Attendees: {N}; {M}; {K}",
    "Customer {N} disputed [[a card payment]].",
    "Signed: {N}, [[Ward Manager]]",
    "{N} (DOB withheld) requested [[a copy of her notes]].",
)

# What clinical, bank and office text capitalises without naming a person, by class.
DRUGS = (
    "Metoprolol", "Atorvastatin", "Omeprazole", "Amoxicillin", "Lisinopril", "Adalimumab",
    "Humira", "Xarelto", "Eliquis", "Keytruda", "Ozempic", "Januvia", "Lipitor", "Zoloft",
    "Warfarin", "Furosemide", "Levothyroxine", "Paracetamol", "Clexane", "Augmentin",
    "Tazocin", "Ramipril", "Bisoprolol", "Apixaban", "Pembrolizumab", "Fluconazole",
    "Rosuvastatin", "Candesartan", "Sertraline", "Gabapentin", "Tramadol", "Ondansetron",
    "Ceftriaxone", "Vancomycin", "Enoxaparin", "Dapagliflozin", "Empagliflozin",
    "Trastuzumab", "Rituximab", "Infliximab", "Pantoprazole", "Flucloxacillin",
    "Nitrofurantoin", "Doxycycline", "Prednisolone", "Hydrocortisone", "Salbutamol",
    "Ventolin", "Symbicort", "Seretide", "Spiriva", "Jardiance", "Forxiga", "Brilinta",
    "Plavix", "Clopidogrel", "Ticagrelor", "Metformin", "Gliclazide", "Sitagliptin",
    "Insulin Glargine", "Lantus", "Novorapid", "Mounjaro", "Tirzepatide", "Semaglutide",
)  # fmt: skip
EPONYMS = (
    "Parkinson's disease", "Crohn's disease", "Alzheimer's dementia", "Hodgkin lymphoma",
    "a Glasgow Coma Scale of 14", "an Apgar score of 9", "Cushing's syndrome",
    "Addison's disease", "Guillain-Barré syndrome", "Bell's palsy", "Graves' disease",
    "Hashimoto's thyroiditis", "Barrett's oesophagus", "Raynaud's phenomenon",
    "Sjögren's syndrome", "Kaposi sarcoma", "Ménière's disease", "a Wells score of 4",
    "a positive Murphy's sign", "an upgoing Babinski", "a Whipple procedure",
    "a Foley catheter", "a Hartmann's procedure", "a Colles fracture", "Kawasaki disease",
    "Tourette syndrome", "Huntington's disease", "a Gleason score of 7",
    "a Child-Pugh class B", "Killip class II", "Mallampati grade 2", "a Braden score of 15",
    "Wilson's disease", "Paget's disease", "Hirschsprung disease", "Behçet's disease",
    "Takayasu arteritis", "Kussmaul breathing", "Cheyne-Stokes respiration",
    "Stevens-Johnson syndrome", "Wernicke's encephalopathy", "Korsakoff syndrome",
)  # fmt: skip
UNITS = (
    "the Acute Medical Unit", "the Emergency Department", "Cardiology Outpatients",
    "the Intensive Care Unit", "Oncology Day Unit", "the Royal Infirmary",
    "the Western General", "Nightingale Ward", "Maple Ward", "the Stroke Unit",
    "Paediatric Assessment Unit", "the Renal Dialysis Unit", "Haematology Day Care",
    "the Endoscopy Suite", "Radiology", "the Burns Unit", "Labour Ward",
)  # fmt: skip
COMPANIES = (
    "Microsoft Teams", "WhatsApp", "Revolut", "Monzo", "PayPal", "Mastercard", "Amazon",
    "Vodafone", "Deutsche Bank", "Santander", "Barclays", "Fitbit", "Dexcom", "Medtronic",
    "Philips", "Siemens Healthineers", "Zoom", "Cerner", "Stripe", "Wise", "Klarna",
    "Western Union", "MoneyGram", "Coinbase", "Binance", "Airbnb", "Uber", "Deliveroo",
)  # fmt: skip
HEADERS = (
    "HISTORY OF PRESENT ILLNESS", "PLAN", "ASSESSMENT AND PLAN", "PAST MEDICAL HISTORY",
    "DISCHARGE MEDICATIONS", "REASON FOR REFERRAL", "KYC REVIEW", "FRAUD CASE SUMMARY",
    "SOCIAL HISTORY", "IMPRESSION", "FINDINGS", "CLINICAL DETAILS", "ALLERGIES",
    "FOLLOW UP", "LEAVE REQUEST", "TRANSACTION HISTORY", "RISK ASSESSMENT",
)  # fmt: skip
ABBREVIATIONS = (
    "COPD", "ECG", "NSTEMI", "CABG", "eGFR", "HbA1c", "CRP", "TIA", "AKI", "PEG", "NIV",
    "CPAP", "DNACPR", "MRSA", "PICC", "ERCP", "TAVI", "PCI", "SAR", "AML", "PEP", "CDD",
)  # fmt: skip
LATIN = ("nil by mouth", "in situ", "status epilepticus", "pro re nata", "per os", "ad lib")
ORGANISMS = (
    "Pseudomonas aeruginosa", "Staphylococcus aureus", "Escherichia coli",
    "Candida albicans", "Helicobacter pylori", "Clostridioides difficile",
    "Klebsiella pneumoniae", "Streptococcus pneumoniae", "Enterococcus faecalis",
    "Mycobacterium tuberculosis", "Listeria monocytogenes", "Aspergillus fumigatus",
)  # fmt: skip
FOREIGN = (
    "Bitte um Rückruf", "Merci beaucoup", "Muchas gracias", "Obrigado pela ajuda",
    "Dziękuję bardzo", "Teşekkür ederim", "Sehr geehrte Damen und Herren",
    "Estimado cliente", "Buongiorno a tutti", "Hartelijk dank", "Cảm ơn nhiều",
    "Bonne journée", "Vielen Dank", "Saludos cordiales", "Tack så mycket",
)  # fmt: skip
JOBS = (
    "Senior Staff Nurse", "Clinical Nurse Specialist", "Fraud Analyst",
    "Relationship Manager", "Head of Compliance", "Healthcare Assistant",
    "Specialty Registrar", "Consultant Anaesthetist", "Occupational Therapist",
    "Branch Manager", "Claims Handler", "Data Protection Officer",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NEGATIVES: tuple[Callable[[random.Random], str], ...] = (
    lambda r: f"Started {r.choice(DRUGS)} and stopped {r.choice(DRUGS)}.",
    lambda r: f"{r.choice(DRUGS)} continued; {r.choice(DRUGS)} held.",
    lambda r: f"Known {r.choice(EPONYMS)}.",
    lambda r: f"History of {r.choice(EPONYMS)} and {r.choice(EPONYMS)}.",
    lambda r: f"Transferred to {r.choice(UNITS)} on {r.choice(WEEKDAYS)}.",
    lambda r: r.choice(HEADERS),
    lambda r: f"{r.choice(ABBREVIATIONS)} stable, {r.choice(ABBREVIATIONS)} booked.",
    lambda r: f"Paid via {r.choice(COMPANIES)}, refunded through {r.choice(COMPANIES)}.",
    lambda r: f"Cultures grew {r.choice(ORGANISMS)}.",
    lambda r: f"{_cap(r.choice(LATIN))}; {r.choice(ORGANISMS)} noted.",
    lambda r: f"{r.choice(FOREIGN)}.",
    lambda r: f"Role: {r.choice(JOBS)}.",
    lambda r: f"{r.choice(DRUGS)} 5 mg once daily.",
    lambda r: f"Contacted {r.choice(COMPANIES)} support.",
)


def render(seed: int) -> LabelledDoc:
    rng = random.Random(seed)  # noqa: S311 - fixed-seed test data
    label, locale, country, family_first = CULTURES[seed % len(CULTURES)]
    people = [culture_name(label, locale, country, rng) for _ in range(3)]
    (g, s), (gm, sm), (gk, sk) = people

    def natural(given: str, family: str) -> str:
        return f"{family} {given}" if family_first else f"{given} {family}"

    initial = _initials(g)
    values = {
        "N": natural(g, s),
        "W": f"{g} {s}",
        "G": g,
        "S": s,
        "NC": natural(g, s).upper(),
        "LCF": f"{s.upper()}, {g}",
        "SG": f"{s.upper()} {g}",
        "LFM": f"{s}, {g}" + (f" {rng.choice('ABCDEFGHJKLMNPRST')}." if rng.random() < 0.6 else ""),
        "IN": f"{initial} {s}",
        "SI": f"{s} {initial.replace('.', '').replace(' ', '').replace('-', '')}",
        "g": g.split()[0].lower(),
        "n": natural(g, s).lower(),
        "M": natural(gm, sm),
        "K": natural(gk, sk),
        "m": gm.split()[0].lower(),
    }
    title = rng.choice(TITLES)
    frame = FRAMES[seed % len(FRAMES)]
    doc = DocBuilder()
    i = 0
    while i < len(frame):
        if frame.startswith("[[", i):
            j = frame.index("]]", i)
            doc.kept(frame[i + 2 : j])
            i = j + 2
        elif frame[i] == "{":
            j = frame.index("}", i)
            key = frame[i + 1 : j]
            if key == "T":
                doc.text(title)
            elif key == "E":
                doc.entity("staff@example.org", "EMAIL", key)
            else:
                doc.entity(values[key], "PERSON", key)
            i = j + 1
        else:
            doc.text(frame[i])
            i += 1
    doc.text("\n")
    doc.kept(NEGATIVES[seed % len(NEGATIVES)](rng))
    template = f"world-{seed % len(FRAMES)}"
    return doc.labelled(template, seed, split="dev-names-world", doc_type="names", locale=label)


def world_names_corpus(n: int = 400, first_seed: int = 1) -> list[LabelledDoc]:
    """`n` documents: seed i takes culture i mod the cultures, frame i mod the frames,
    negative sentence i mod the negatives (the three counts are coprime)."""
    return [render(s) for s in range(first_seed, first_seed + n)]
