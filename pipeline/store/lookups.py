"""The ``lookup_names`` table: every form a user may type for a province
("jatim", "kaltim", "diy") or an award ("paritrana", "kla", "uhc"), in lower
case, with the canonical name the records use. The Datasette canned queries
resolve their parameters through it, as ``anugerah winners`` resolves its
filters through the same forms (``pipeline.publish.winners``)."""
from __future__ import annotations

from functools import lru_cache

import sqlite_utils

from extractors.lexicon import data_jsonl


@lru_cache(maxsize=1)
def award_forms() -> dict[str, str]:
    """Lower-case canonical name or alias -> canonical award name."""
    names = {}
    for row in data_jsonl("awards.jsonl"):
        for alias in (row["award"], *row["aliases"]):
            names.setdefault(alias.lower(), row["award"])
    return names


@lru_cache(maxsize=1)
def province_forms() -> dict[str, str]:
    """Every form the gazetteer knows for a province, in lower case."""
    from extractors.gazetteer import gazetteer

    gaz = gazetteer()
    forms: dict[str, str] = {}
    for form in gaz.forms:
        region = gaz.province(form)
        if region:
            forms.setdefault(form.lower(), region.name)
    return forms




def lookup_rows() -> list[dict[str, str]]:
    """(kind, form, name) rows of every province and award form."""
    return ([{"kind": "province", "form": form, "name": name}
             for form, name in sorted(province_forms().items())]
            + [{"kind": "award", "form": form, "name": name}
               for form, name in sorted(award_forms().items())])


def refresh_lookup_names(db: sqlite_utils.Database) -> None:
    """Make ``lookup_names`` hold exactly the current forms, in one
    transaction, writing nothing when it does already."""
    rows = lookup_rows()
    stored = [dict(zip(("kind", "form", "name"), r, strict=True)) for r in db.execute(
        "SELECT kind, form, name FROM lookup_names ORDER BY kind = 'award', form")]
    if stored == rows:
        return
    with db.conn:
        db.execute("DELETE FROM lookup_names")
        db["lookup_names"].insert_all(rows, pk=("kind", "form"))
