"""The Datasette metadata of an award database, for ``datasette DB -m metadata.yml``.

Titles, descriptions, facets, the sort order, the hidden crawl tables and the
canned queries live in ``pipeline/publish/data/datasette.yml``; ``write_metadata``
puts them under the name Datasette gives the database (the file's stem) and
writes the file whole, through a temporary file, so a server never reads half
of it. ``prepare`` also brings the database's ``lookup_names`` up to date, so
the canned queries take "jatim" for Jawa Timur and "paritrana" for
Paritrana Award.
"""
from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml

TEMPLATE = "datasette.yml"
# The database key of the template, renamed to the served file's stem.
TEMPLATE_DATABASE = "anugerah"


class _Dumper(yaml.SafeDumper):
    """A safe dumper writing multi-line strings (the SQL) as literal blocks."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value,
                                   style="|" if "\n" in value else None)


_Dumper.add_representer(str, _represent_str)


def metadata(database: str) -> dict[str, Any]:
    """The metadata of the template with its database named ``database``."""
    text = resources.files("pipeline.publish").joinpath("data", TEMPLATE).read_text("utf-8")
    meta = yaml.safe_load(text)
    meta["databases"] = {database: meta["databases"][TEMPLATE_DATABASE]}
    return meta


def write_metadata(db_path: str | os.PathLike[str], out_path: str | os.PathLike[str]) -> Path:
    """Write the metadata for serving ``db_path`` to ``out_path``; its path."""
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.dump(metadata(Path(db_path).stem), Dumper=_Dumper, allow_unicode=True,
                     sort_keys=False, width=100)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return out


def prepare(db: sqlite_utils.Database, out_path: str | os.PathLike[str]) -> Path:
    """Ready a database for Datasette: its ``lookup_names`` (the province and
    award forms the canned queries accept) brought up to date, and its
    metadata written to ``out_path``; the metadata's path."""
    from pipeline.store.lookups import refresh_lookup_names

    refresh_lookup_names(db)
    database = db.execute("PRAGMA database_list").fetchone()[2]  # the main file's path
    return write_metadata(database, out_path)
