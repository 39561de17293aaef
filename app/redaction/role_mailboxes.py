"""An office's mailbox, no person's address: "billing@…", "reception@…", "rh@…",
"ethics-committee@…", "adult.social.care@…".

RFC 2142 names the mailboxes every organisation keeps for a role ("info", "postmaster",
"abuse", "sales"); offices name theirs for a desk or a department the same way, in their
own language ("praxis", "empfang", "accueil", "rh"). Such an address reaches whoever holds
the role that day and identifies no one, so a letter or an e-mail header that writes it
keeps it readable. Every word of the local part (split at dots, hyphens, underscores and
plus signs) must be such a word: "anna.billing@…" or "billing7@…" stays masked.
"""

from __future__ import annotations

import re
from typing import Final

from app.redaction.spans import Span
from app.redaction.wordtrie import word_list

# Words of a role's or a department's mailbox: RFC 2142's, and the desks and services of
# clinics, councils, firms and committees in the languages of the documents read here.
_ROLE_WORDS: Final = frozenset(
    word_list(
        """
    info information admin administration office contact contacts kontakt contacto
    reception empfang accueil recepcion recepción receptie recepcja billing accounts
    accounting finance invoices invoice payments payroll hr rh personal personalabteilung
    support help helpdesk service services enquiries enquiry inquiries inquiry
    appointments appointment bookings booking termine termin rendezvous citas praxis
    clinic klinik secretariat sekretariat secretaria secretariaat segreteria
    ethics committee research safety pharmacovigilance records claims care social adult
    children safeguarding team desk frontdesk front noreply no reply donotreply
    postmaster webmaster hostmaster abuse security privacy dpo datenschutz legal
    compliance kyc fraud complaints feedback customer customers orders sales marketing
    press media jobs careers intake referrals referral triage pharmacy lab laboratory
    radiology ward mailbox inbox general dept department verwaltung buero büro bureau
    kundenservice servicio atencion atención
    """
    )
)
_PARTS = re.compile(r"[._+-]")


def role_mailbox(text: str, span: Span) -> bool:
    """An e-mail finding whose local part is only words of a role's or a department's
    mailbox (see above), or the domain finding of such an address (a host finder reads
    "council.example" after the "@" alone)."""
    if span.kind in ("EMAIL_ADDRESS", "EMAIL"):
        local, at, _ = text[span.start : span.end].partition("@")
        return bool(at) and _role_words(local)
    if span.kind in ("URL", "DOMAIN_NAME") and text[span.start - 1 : span.start] == "@":
        before = _LOCAL_BEFORE.search(text, max(0, span.start - _MAX_LOCAL), span.start - 1)
        return before is not None and _role_words(before.group())
    return False


# The local part right before an "@": RFC 5321 allows 64 characters.
_MAX_LOCAL = 64
_LOCAL_BEFORE = re.compile(r"(?<![\w.+-])[\w.+-]+\Z")


def _role_words(local: str) -> bool:
    """Every word of an address's local part is a word of a role's mailbox."""
    words = [w for w in _PARTS.split(local.casefold()) if w]
    return bool(words) and all(w in _ROLE_WORDS for w in words)
