"""An address after the words that say where a person lives, in running prose: a police
statement's "the citizen X, residing at 59 Nile Street, Giza, and his phone ...", a
complaint's "राहणार 819 पाटील, अहमदनगर-571062", a deed's "domicilié à 12 rue ...". Pure
`re`.

The words ("residing at", "wohnhaft in", "المقيم في", "राहणार", "beralamat di", ...) say an
address follows; the value is masked from there to the end of its clause: the line's end,
a sentence's end, a column gap, a bracket, the next field's word (a phone's, an e-mail's,
a date of birth's), or a postcode (five or six digits: the address's last part). A value
with no digit in it is a town or a country (`places.py` reads those), not an address.
"""

from __future__ import annotations

from typing import Final

from app.redaction import fast_regex
from app.redaction.spans import Span
from app.redaction.wordtrie import trie_pattern, word_list

KIND: Final = "ADDRESS"
RULE: Final = "address_after_residence"

# Words for "residing at" ("_" stands for a blank), their last word touching the value.
RESIDENCE_WORDS: Final = tuple(
    w.replace("_", " ")
    for w in word_list(
        """
    residing_at residing_in resident_at resides_at lives_at living_at domiciled_at
    domicilié_à domiciliée_à demeurant_à demeurant wohnhaft_in wohnhaft wohnhaft_im
    domiciliado_en domiciliada_en con_domicilio_en residente_en residente_em residente_na
    residente_no morador_de moradora_de residente_in residente_a domiciliato_in
    domiciliata_in zamieszkały_w zamieszkała_w zamieszkały zamieszkała
    beralamat_di bertempat_tinggal_di tinggal_di nakatira_sa trú_tại cư_trú_tại ngụ_tại
    sống_tại anaishi anayeishi reside_at resides_in
    проживающий_по_адресу проживающая_по_адресу проживает_по_адресу
    зарегистрирован_по_адресу зарегистрированная_по_адресу
    المقيم_في المقيمة_في المقيم_ب المقيمة_ب يسكن_في تسكن_في الساكن_في الساكنة_في
    القاطن_في القاطنة_في ساکن به_نشانی به_آدرس رہائشی
    राहणार राहणारी निवासी
        """
    )
)
# Words that give an address in a message or a note, as people type them ("my adress is 4
# elm rd", "mera naya address 12/3 ...", "ma nouvelle adresse 3 rue ..."): an address
# follows only when it starts as one does (`_ADDRESS_START`), since "the new address with
# housing" or "address is wrong" go on in words.
GIVEN_ADDRESS_WORDS: Final = tuple(
    w.replace("_", " ")
    for w in word_list(
        """
    address_is adress_is addres_is addy_is new_address new_adress new_address_is
    naya_address naya_adress mera_address mera_adress meri_address nayi_address
    mon_adresse_est ma_nouvelle_adresse nouvelle_adresse mi_dirección_es mi_direccion_es
    nueva_dirección nueva_direccion meine_adresse_ist meine_neue_adresse neue_adresse
    meu_endereço_é meu_endereco_e novo_endereço novo_endereco il_mio_indirizzo_è
    nuovo_indirizzo mijn_adres_is nieuw_adres mój_adres_to nowy_adres yeni_adresim
    địa_chỉ_mới alamat_baru alamat_saya
        """
    )
)
_GIVEN: Final = frozenset(GIVEN_ADDRESS_WORDS)
# (a time word may stand first: "address is now 3 Elm Rd")
_ADDRESS_START = fast_regex.compile(
    r"(?:(?i:now|currently|still)[ ])?"
    r"(?=\d|(?i:flat|apt|apartment|unit|house|plot|room|studio)[ ]\w*\d)"
)
_CUE = fast_regex.compile(
    rf"(?<![^\W\d_])(?i:{trie_pattern(sorted({*RESIDENCE_WORDS, *GIVEN_ADDRESS_WORDS}))})"
    r"(?![^\W\d_])"
    r"[ \t]{0,2}[:,-]?[ \t]{0,2}",
    word_led=True,
)
# Cheap first look: a word's first letters, lower-cased.
# (the given words by their word for "address", each holding one of these)
_HINTS: Final = (
    *sorted({w.split()[0][:5].lower() for w in RESIDENCE_WORDS}),
    *("addr", "adres", "addy", "direcc", "endere", "indirizzo", "địa chỉ", "alamat"),
)
_REACH = 160
# Where the clause ends: a line, a sentence, a column gap, a bracket, a semicolon or bar
# (a stop after a short word is an abbreviation's: "Jl. Melati No. 12", "Apt. 4").
_CLAUSE_END = fast_regex.compile(
    r"\n|\t|[ ]{2}|(?<!(?<![\w])\p{Lu}?\p{Ll}{1,3})[.。](?:[ \t]|$)|[;|(]|[ ][—–][ ]"
)
# The next field's word after the address ("..., Giza and his phone 011 ...").
_NEXT_FIELD = fast_regex.compile(
    r"(?i:[ ,،]+(?:and|und|et|who|since|seit|depuis|desde|with|alone|if|where|for|mit|allein|"
    r"avec|seule?|con|sol[ao]|com|sozinh[ao]|"
    r"tel\.?|phone|telephone|mobile|mob\.?|"
    r"cell|e-?mail|dob|born|né|née|geboren|teléfono|telefone|téléphone|telefon|телефон|тел\.?|"
    r"هاتف|هاتفه|هاتفها|وهاتفه|وهاتفها|وهاتف|ورقم|رقم|تليفون|وتليفونه|تلفن|"
    r"मोबाईल|मोबाइल|फोन|दूरध्वनी|जन्म|no\.?[ ]hp|telp\.?|hp)(?![^\W\d_]))"
)
# A comma before a lower-case word in Latin letters ends it too: the sentence goes on
# ("..., Leeds LS6 2AB, appeared before ..."), but a flat or a floor is the address's.
_CLAUSE_GOES_ON = fast_regex.compile(
    r",[ ]+(?!(?:apt|app|appt|apto|flat|suite|floor|unit|block|bloco|piso|planta|andar|casa|"
    r"edif|esc|dpto|int|interno|scala|piano|bte|boite|étage|etage|lok|kv|kat|daire)\b)"
    r"[a-zà-ÿ]{3,}\b"
)
# A postcode closes the address: five or six digits, after a blank, a comma or a hyphen.
# (Portugal's and Poland's with their hyphen: "9531-719", "61-245".)
_POSTCODE = fast_regex.compile(r"(?<=[ ,،-])(?:\d{5,6}|\d{4}-\d{3}|\d{2}-\d{3})(?![\d-])")
# ... and so does a town after a postcode of four digits or more ("4644 Herisau, ...").
_POSTCODE_TOWN = fast_regex.compile(
    r"(?<=[ ,،/-])(?:\d{4,6}|\d{4}-\d{3}|\d{2}-\d{3})[ ]\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+)?"
)
# A British postcode in any case, as a text message types it ("ls6 2ab", "SW1A 1AA"): the
# address's last part, however many lower-case words (its street, its town) come before.
_UK_POSTCODE = fast_regex.compile(
    r"(?<=[ ,])(?i:[a-z]{1,2}\d[a-z\d]?[ ]?\d[abd-hjlnp-uw-z]{2})(?![^\W_])"
)
_DIGIT = fast_regex.compile(r"\d")
_CLAUSE_ENDS: Final = (_CLAUSE_END, _NEXT_FIELD)


def find_residence_addresses(text: str) -> list[Span]:
    """The address after a "residing at" word, to the end of its clause."""
    lowered = text.lower()
    if not any(map(lowered.__contains__, _HINTS)):
        return []
    spans = []
    for m in _CUE.finditer(text):
        start = m.end()
        given = " ".join(m.group().split()).casefold() in _GIVEN
        if given:
            lead = _ADDRESS_START.match(text, start)
            if lead is None:
                continue
            start = lead.end()
        end = min(len(text), start + _REACH)
        for clause_end in _CLAUSE_ENDS:  # each one found narrows the reach of the next
            stop = clause_end.search(text, start, end)
            if stop is not None:
                end = stop.start()
        # a British postcode closes the address past its lower-case words (below)
        post = _UK_POSTCODE.search(text, start + 1, end)
        if post is None:
            stop = _CLAUSE_GOES_ON.search(text, start, end)
            if stop is not None:
                end = stop.start()
            post = _POSTCODE_TOWN.search(text, start + 1, end) or _POSTCODE.search(
                text, start + 1, end
            )
        if post is not None:
            end = post.end()
        elif given and (comma := text.find(",", start, end)) != -1:
            end = comma  # no postcode: the street (a town after it is `places.py`'s)
        while end > start and text[end - 1] in " ,،.:;-":
            end -= 1
        value = text[start:end]
        if len(value) < 4 or _DIGIT.search(value) is None:
            continue
        if value.isascii() and not any(c.isupper() for c in value) and post is None:
            continue  # "living at 3 different addresses": no name of a street or a town
        spans.append(Span(start, end, KIND, RULE, 0.8))
    return spans
