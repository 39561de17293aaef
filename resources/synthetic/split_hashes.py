"""One SHA-256 per evaluation split over its first 400 documents (text, spans, kept phrases).

Run before and after a change to the shared generator, back to back: a split whose hash
moved renders differently. Prints hashes only, never a document.

    python -m resources.synthetic.split_hashes

Compare runs made back to back: split g's hash was seen to move between two runs of the
same code made some minutes apart (a draw that depends on when it runs, not on the seed).
"""

from __future__ import annotations

import hashlib
import importlib

from resources.synthetic.redaction_eval.generator import Split, corpus

MODULES = {
    "dev": "dev_templates",
    "a": "heldout_templates",
    "b": "heldout_b_templates",
    "c": "heldout_c_templates",
    "d": "heldout_d_templates",
    "e": "dev_e_templates",
    "f": "heldout_f_templates",
    "g": "heldout_g_templates",
    "h": "heldout_h_templates",
    "i": "heldout_i_templates",
    "j": "heldout_j_templates",
    "k": "heldout_k_templates",  # held out until session 26 (hashing prints no document)
    "l": "heldout_l_templates",  # written in session 26, held out (hashing prints no document)
    "m": "heldout_m_templates",  # written in session 27, held out (hashing prints no document)
    "n": "heldout_n_templates",  # written in session 28, held out (hashing prints no document)
    "o": "heldout_o_templates",  # written in session 29, held out (hashing prints no document)
    "p": "heldout_p_templates",  # written in session 30, held out (hashing prints no document)
    "q": "heldout_q_templates",  # written in session 31, wired as held out in session 33
    "r": "heldout_r_templates",  # written in session 32, held out in session 34, DEV-side since
    "s": "heldout_s_templates",  # written in session 33, held out in session 36, DEV-side since
    "t": "heldout_t_templates",  # written in session 34, held out in session 37, DEV-side since
    "u": "heldout_u_templates",  # written in session 36, held out in session 38, DEV-side since
    "v": "heldout_v_templates",  # written in session 37, held out in session 39, DEV-side since
    "w": "heldout_w_templates",  # written in session 38, held out in session 40, DEV-side since
    "x": "heldout_x_templates",  # written in session 39, held out in session 41, DEV-side since
    "y": "heldout_y_templates",  # written in session 40, held out in session 42, DEV-side since
    "z": "heldout_z_templates",  # written in session 41, held out in session 43, DEV-side since
    "aa": "heldout_aa_templates",  # written in session 42, held out in session 44, DEV-side since
    "ab": "heldout_ab_templates",  # written in session 43, held out in session 45, DEV-side since
    "ac": "heldout_ac_templates",  # written in session 44, wired as held out in session 46
    "ad": "heldout_ad_templates",  # written in session 45, held out (hashing prints no document)
    "ae": "heldout_ae_templates",  # written in session 46, held out (hashing prints no document)
}


def split_hash(split: Split, n: int = 400) -> str:
    digest = hashlib.sha256()
    for doc in corpus(split, n):
        digest.update(repr((doc.doc_id, doc.locale, doc.text, doc.entities, doc.keep)).encode())
    return digest.hexdigest()


def main() -> None:
    base = "resources.synthetic.redaction_eval."
    for key, module in MODULES.items():
        split: Split = importlib.import_module(base + module).SPLIT
        print(f"{key} {split_hash(split)}")


if __name__ == "__main__":
    main()
