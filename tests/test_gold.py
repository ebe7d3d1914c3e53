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


def _check_records(name, article):
    from extractors.record import FIELDS

    for record in article["records"]:
        assert set(record) == set(FIELDS), (name, article["id"])
        assert record["level"] in {"provinsi", "nasional", None}
        assert record["rank"] is None or isinstance(record["rank"], int)


def test_gold_files_follow_the_record_contract():
    for path in sorted(GOLD.glob("*.jsonl")):
        ids = set()
        for article in load(path):
            assert article["id"] not in ids
            ids.add(article["id"])
            assert isinstance(article["text"], str) and article["text"].strip()
            _check_records(path.name, article)


def test_real_sets_hold_facts_only_and_follow_the_record_contract():
    """A real set's line names its page and the query that finds it again,
    and carries no text of the page; an article is in one set only."""
    ids: set[str] = set()
    urls: set[str] = set()
    paths = sorted((GOLD.parent / "real").glob("*.jsonl"))
    assert paths
    for path in paths:
        for article in load(path):
            assert set(article) == {"id", "url", "query", "records", "notes"}, article["id"]
            assert article["id"] not in ids and article["url"] not in urls, article["id"]
            ids.add(article["id"])
            urls.add(article["url"])
            assert article["url"].startswith("http") and article["query"].strip()
            _check_records(path.name, article)
