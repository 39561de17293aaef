"""World names for the evaluation corpus: a snapshot taken from the `names-dataset` package.

`names-dataset` (MIT, Philippe Remy; first and last names by country, from a public
social-network dump) is an independent source of names: nothing in it was chosen by this
project. Loading it takes ~2.5 GB of RAM and ~20 s, too much for every test run on a
2-core CI box, so `world_names.json` beside this file keeps the most common Latin-script
names of each country below; refresh it with

    pip install names-dataset && python -m resources.synthetic.redaction_eval.world_names

The redactor must never read this file or `names-dataset` (a gazetteer built from the
evaluation's own source would make the evaluation measure nothing).
"""

from __future__ import annotations

import functools
import json
import unicodedata
from pathlib import Path

SNAPSHOT = Path(__file__).with_name("world_names.json")

# ISO 3166 alpha-2 codes: Polish, Yoruba (Nigeria), Italian, German origins among them.
COUNTRIES = (
    "PL", "NG", "IT", "DE", "GB", "IE", "IN", "PK", "BD", "BR", "MX", "AR", "CO", "TR",
    "VN", "PH", "ID", "MY", "EG", "MA", "DZ", "IR", "IQ", "SA", "GH", "KE", "ET", "ZA",
    "FR", "ES", "PT", "NL", "BE", "SE", "FI", "DK", "NO", "HU", "CZ", "RO", "HR", "GR",
    "AL", "US", "CA", "JM", "HT", "CM", "SN", "AF",
)  # fmt: skip
TOP_FIRST = 40  # per gender
TOP_LAST = 60

# names-dataset has no Wales: common Welsh given names and surnames (Welsh-language
# spellings), the one hand-written list here.
WELSH_FIRST = (
    "Rhys", "Dafydd", "Gwenllian", "Siân", "Angharad", "Llinos", "Emrys", "Iolo", "Bethan",
    "Cerys", "Rhiannon", "Gethin", "Aled", "Eluned", "Ffion", "Glesni", "Llŷr", "Carwyn",
    "Heledd", "Owain", "Bleddyn", "Nia", "Steffan", "Gwion", "Elin", "Tegwen",
)  # fmt: skip
WELSH_LAST = (
    "Llewelyn", "Gruffudd", "ap Rhys", "Cadwaladr", "Pritchard", "Vaughan", "Bowen",
    "Prosser", "Pugh", "Maddocks", "Gwynne", "Meredith", "Llwyd", "Prydderch", "Rhydderch",
    "Tudur", "Eynon", "Parry", "Powell", "Bevan",
)  # fmt: skip


def latin(name: str) -> bool:
    """A name written in Latin letters (diacritics allowed), as an English note writes it."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 2 or not name[0].isupper():
        return False
    return all("LATIN" in unicodedata.name(c, "") for c in letters) and all(
        c.isalpha() or c in " '-" for c in name
    )


@functools.cache
def world_names() -> dict[str, dict[str, tuple[str, ...]]]:
    """{country: {"first": names, "last": names}} from the snapshot (plus Wales, "WLS")."""
    raw = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    out = {c: {"first": tuple(v["first"]), "last": tuple(v["last"])} for c, v in raw.items()}
    out["WLS"] = {"first": WELSH_FIRST, "last": WELSH_LAST}
    return out


def refresh() -> None:
    from names_dataset import NameDataset  # noqa: PLC0415 - several GB; refresh only

    nd = NameDataset()
    # One pass over each table for all countries ({country: {gender: [names by rank]}}).
    firsts = nd.get_top_names(n=TOP_FIRST * 3)
    lasts = nd.get_top_names(n=TOP_LAST * 3, use_first_names=False)
    snapshot: dict[str, dict[str, list[str]]] = {}
    for country in COUNTRIES:
        given = [n for g in ("M", "F") for n in firsts.get(country, {}).get(g, [])]
        found = lasts.get(country, [])  # a list, or {gender: list} in some versions
        family = list(found) if isinstance(found, list) else [n for v in found.values() for n in v]
        given = [n for n in dict.fromkeys(given) if latin(n)]
        family = [n for n in dict.fromkeys(family) if latin(n)]
        if len(given) >= 10 and len(family) >= 10:
            snapshot[country] = {"first": given[: TOP_FIRST * 2], "last": family[:TOP_LAST]}
    SNAPSHOT.write_text(
        json.dumps(snapshot, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    refresh()
