"""A facts-only gold set is scored with the texts of its local cache; one
whose cache is missing says so instead of scoring, and one whose cache lacks
some texts is scored on the others and names what it left out."""
import json

from conftest import _record


def _write(path, rows):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


TEXT = ("SURABAYA - Juara pertama kategori Pemerintah Kabupaten/Kota pada Paritrana Award "
        "2024 tingkat Provinsi Jawa Timur jatuh kepada Kabupaten Bojonegoro. Wakil Gubernur "
        "Jawa Timur Emil Dardak menyerahkan trofinya di Vasa Hotel Surabaya pada Selasa "
        "(29/7/2025).")


def _facts(tmp_path):
    gold = tmp_path / "real" / "sample.jsonl"
    _write(gold, [{"id": "a1", "url": "http://example.test/a1", "query": "paritrana bojonegoro",
                   "records": [_record()], "notes": "one winner"}])
    return gold


def test_a_facts_only_set_takes_its_texts_from_the_cache(cli, tmp_path):
    gold = _facts(tmp_path)
    _write(gold.parent / ".cache" / "sample.jsonl",
           [{"id": "a1", "url": "http://example.test/a1", "title": None,
             "published": "2025-07-30", "text": TEXT}])
    done = cli("eval", str(gold), "--fields", "core", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["fields"]["awardee"]["tp"] == 1
    assert result["core_micro"]["f1"] > 0.9


def test_a_set_whose_texts_are_not_cached_is_named_not_scored(cli, tmp_path):
    gold = _facts(tmp_path)
    done = cli("eval", str(gold))
    assert done.returncode == 2
    err = done.stderr.decode()
    assert "not scored" in err and ".cache" in err and "README.md" in err
    assert "Traceback" not in err


def test_an_article_missing_from_the_cache_is_named_and_left_out(cli, tmp_path):
    gold = tmp_path / "real" / "sample.jsonl"
    _write(gold, [{"id": "a1", "url": "http://example.test/a1", "query": "paritrana bojonegoro",
                   "records": [_record()], "notes": "one winner"},
                  {"id": "a2", "url": "http://example.test/a2", "query": "paritrana lain",
                   "records": [_record(awardee="Kota Madiun")], "notes": "not cached"}])
    _write(gold.parent / ".cache" / "sample.jsonl",
           [{"id": "a1", "url": "http://example.test/a1", "published": "2025-07-30",
             "text": TEXT}])
    done = cli("eval", str(gold), "--fields", "core", "--json")
    assert done.returncode == 0, done.stderr
    assert "scored 1 of 2 articles" in done.stderr.decode() and "a2" in done.stderr.decode()
    result = json.loads(done.stdout)
    # the article left out counts neither way: its winner is no miss
    assert result["articles"] == 1 and result["fields"]["awardee"]["gold"] == 1


def test_predictions_are_scored_without_the_cache(cli, tmp_path):
    gold = _facts(tmp_path)
    pred = tmp_path / "pred.jsonl"
    _write(pred, [{"id": "a1", "records": [_record()]}])
    done = cli("eval", str(gold), "--pred", str(pred), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["core_micro"]["f1"] == 1.0
