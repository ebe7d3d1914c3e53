"""The package layout's rules: imports run one way (crawl and the extractors
import nothing of store or publish, store nothing of publish, nothing imports
the command line), only the store (and the journals of the crawler and of
the backfill) writes the database, and the query commands start without spaCy or trafilatura."""
from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

_WRITE = re.compile(r"\b(INSERT|UPDATE|DELETE FROM|REPLACE INTO|CREATE TABLE|DROP TABLE)\b|"
                    r"\]\.(insert|insert_all|upsert|upsert_all|update|delete|delete_where|"
                    r"create|transform|add_column|enable_fts)\(")
_WRITERS = ("pipeline.store.", "pipeline.crawl.crawlstate", "pipeline.backfill.state")


def _modules() -> dict[str, Path]:
    out = {}
    for package in ("pipeline", "extractors"):
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def _inside(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@pytest.mark.parametrize(("importer", "forbidden"), [
    ("pipeline.crawl", ("pipeline.store", "pipeline.publish", "pipeline.cli")),
    ("extractors", ("pipeline",)),
    ("pipeline.store", ("pipeline.publish", "pipeline.cli")),
])
def test_imports_run_one_way(importer: str, forbidden: tuple[str, ...]) -> None:
    wrong = [f"{name} imports {imported}" for name, path in _modules().items()
             if _inside(name, importer) for imported in _imports(path)
             if any(_inside(imported, f) for f in forbidden)]
    assert wrong == []


def test_nothing_imports_the_command_line() -> None:
    wrong = [name for name, path in _modules().items()
             if name not in ("pipeline.cli", "pipeline.__main__")
             and any(_inside(i, "pipeline.cli") for i in _imports(path))]
    assert wrong == []


def test_only_the_store_writes_the_database() -> None:
    wrong = [name for name, path in _modules().items()
             if _inside(name, "pipeline") and not name.startswith(_WRITERS)
             and _WRITE.search(path.read_text(encoding="utf-8"))]
    assert wrong == []


@pytest.mark.parametrize("argv", [
    ["winners", "--help"],
    ["winners", "--award", "paritrana"],
    ["search", "bontang"],
    ["export", "--out", "{tmp}/exports"],
])
def test_query_commands_load_neither_spacy_nor_trafilatura(argv: list[str], tmp_path: Path
                                                            ) -> None:
    db = tmp_path / "x.db"
    subprocess.run([sys.executable, "-m", "pipeline", "load", str(ROOT / "corpus/gold/dev.jsonl"),
                    "--db", str(db)], check=True, capture_output=True, cwd=ROOT)
    args = [a.format(tmp=tmp_path) for a in argv]
    if "--help" not in args:
        args += ["--db", str(db)]
    code = ("import sys, runpy\n"
            f"sys.argv = ['anugerah', *{args!r}]\n"
            "try:\n    runpy.run_module('pipeline', run_name='__main__')\n"
            "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
            "print(sorted(m for m in ('spacy', 'trafilatura') if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, cwd=ROOT).stdout
    assert out.strip().splitlines()[-1] == "[]"
