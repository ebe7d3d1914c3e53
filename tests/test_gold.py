"""Extraction quality on the team's gold sets stays above the pinned floors,
and no negative article gets a record."""
import json

import pytest

from conftest import GOLD

BASELINE = json.loads((GOLD.parent.parent / "tests" / "eval_baseline.json").read_text())
SETS = [name for name in BASELINE if not name.startswith("_")]


def load(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


@pytest.mark.parametrize("name", SETS)
def test_gold_set_scores_above_its_floor(name, extract):
    from extractors.record import CORE_FIELDS
    from pipeline.evaluate import score

    articles = load(GOLD / name)
    gold = {a["id"]: a["records"] for a in articles}
    pred = {a["id"]: extract(a["text"], a.get("title"), a.get("published")) for a in articles}
    result = score(gold, pred, CORE_FIELDS)
    floor = BASELINE[name]
    assert len(result.negatives_hit) <= floor["negatives_with_records"], result.negatives_hit
    assert result.prf(CORE_FIELDS)[2] >= floor["core_f1"]
    for field in CORE_FIELDS:
        assert result.prf([field])[2] >= floor["field_f1"], field


def test_gold_files_follow_the_record_contract():
    from extractors.record import FIELDS

    for path in sorted(GOLD.glob("*.jsonl")):
        ids = set()
        for article in load(path):
            assert article["id"] not in ids
            ids.add(article["id"])
            assert isinstance(article["text"], str) and article["text"].strip()
            for record in article["records"]:
                assert set(record) == set(FIELDS), (path.name, article["id"])
                assert record["level"] in {"provinsi", "nasional", None}
                assert record["rank"] is None or isinstance(record["rank"], int)
