"""Scoring rules of ``eval`` on small hand-made cases."""
from pipeline.evaluate import awardee_key, match_records, score, venue_matches


def rec(awardee, **fields):
    return {"awardee": awardee, **fields}


def test_awardee_prefixes_case_and_punctuation_do_not_matter():
    assert awardee_key("Pemerintah Kota Bontang") == awardee_key("kota bontang")
    assert awardee_key("Pemkot Bontang") == awardee_key("Kota Bontang")
    assert awardee_key("PT. Vale Indonesia Tbk") == awardee_key("PT Vale Indonesia Tbk")
    assert awardee_key("Kota Bekasi") != awardee_key("Kabupaten Bekasi")


def test_a_kindless_name_matches_when_no_exact_kind_does():
    pairs, extra, missed = match_records([rec("Bekasi")], [rec("Kabupaten Bekasi")])
    assert len(pairs) == 1 and not extra and not missed


def test_matching_is_one_to_one():
    pairs, extra, missed = match_records([rec("Kota Bontang"), rec("Pemkot Bontang")],
                                         [rec("Kota Bontang")])
    assert len(pairs) == 1 and len(extra) == 1 and not missed


def test_venue_counts_at_token_f1_of_one_half():
    gold = "Ruang Rapat Rahayu, Kantor Gubernur Kalimantan Timur, Samarinda"
    assert venue_matches("Ruang Rapat Rahayu", gold)  # P 1, R 3/8: F1 0.55
    assert not venue_matches("Samarinda", gold)  # P 1, R 1/8: F1 0.22
    assert venue_matches("daring", "Daring")


def test_micro_counts_and_negatives():
    gold = {"a": [rec("Kota Bontang", rank=1, venue="Hotel Aston Samarinda")],
            "neg": []}
    pred = {"a": [rec("Pemkot Bontang", rank=2, venue="Hotel Aston"),
                  rec("Kota Samarinda", rank=3)],
            "neg": [rec("Kota Pekanbaru")]}
    result = score(gold, pred, ("awardee", "rank", "venue"))
    assert result.counts["awardee"] == [1, 3, 1]
    assert result.counts["rank"] == [0, 2, 1]
    assert result.counts["venue"] == [1, 1, 1]
    assert result.negatives_hit == ["neg"]
    p, r, f1 = result.prf(["awardee", "rank", "venue"])
    assert (round(p, 3), round(r, 3)) == (round(2 / 6, 3), round(2 / 3, 3))


def test_a_missing_article_counts_as_no_records():
    result = score({"a": [rec("Kota Bontang", rank=1)]}, {}, ("awardee", "rank"))
    assert result.counts["awardee"] == [0, 0, 1] and result.prf(["awardee"]) == (0, 0, 0)
