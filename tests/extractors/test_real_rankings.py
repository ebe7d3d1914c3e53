"""How real releases rank many winners at once: tiers named as ranks
("peringkat Nindya diraih ..."), scores, and lists of runners-up."""


def awardees(records):
    return {r["awardee"]: r for r in records}


def test_a_tier_named_as_a_rank_lists_its_winners(extract):
    text = ("Sebanyak 12 daerah di Jawa Tengah masuk pemeringkatan Kabupaten/Kota Layak Anak "
            "2024.\nPeringkat Utama diraih Kota Surakarta dan Kota Semarang. Adapun peringkat "
            "nindya diraih Kabupaten Klaten, Boyolali dan Kota Salatiga.")
    recs = awardees(extract(text, published="2024-07-24"))
    assert {"Kota Surakarta", "Kota Semarang", "Kabupaten Klaten", "Kabupaten Boyolali",
            "Kota Salatiga"} <= set(recs)
    assert recs["Kota Semarang"]["category"] == "Utama"
    assert recs["Kabupaten Boyolali"]["category"] == "Nindya"
    assert recs["Kota Salatiga"]["award"] == "Kota Layak Anak"
