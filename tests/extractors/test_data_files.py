"""The rule tables in ``extractors/data``: a JSON table names each key once
(a second key of the same name would silently replace the first list)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT

_TABLES = sorted((ROOT / "extractors" / "data").glob("*.json"))


def _keys_named_twice(path: Path) -> list[str]:
    twice: list[str] = []

    def hook(pairs: list[tuple[str, object]]) -> dict:
        keys = [k for k, _ in pairs]
        twice.extend(sorted({k for k in keys if keys.count(k) > 1}))
        return dict(pairs)

    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=hook)
    return twice


@pytest.mark.parametrize("path", _TABLES, ids=lambda p: p.name)
def test_a_rule_table_names_each_key_once(path: Path) -> None:
    assert _keys_named_twice(path) == []
