"""Every team-written gold article keeps its records however a page lays it
out: blank lines between paragraphs, odd spacing, a credit line between
paragraphs, share widgets around the text, shortened region heads, dates
joined by dashes. Outlets differ in all of these; the facts do not."""
import re

import pytest

from conftest import GOLD
from pipeline.articles import Article, read_articles

_CORE = ("awardee", "rank", "province", "event_date", "venue", "presenter")

_LAYOUTS = {
    "blank lines": lambda t: t.replace("\n", "\n\n"),
    "odd spacing": lambda t: t.replace(", ", ",  ").replace(". ", ".\xa0").replace("\n", " \n"),
    "credit line": lambda t: re.sub(r'(?<=[.!?"”])\n', "\nFoto: Dok. Humas Pemda\n", t, count=1),
    "share widgets": lambda t: f"Bagikan:\n{t}\nTags: penghargaan, pemerintah daerah",
    "short heads": lambda t: re.sub(r"\bKabupaten (?=[A-Z])", "Kab. ", t),
    "dashed dates": lambda t: re.sub(r"\((\d{1,2})/(\d{1,2})/(20\d\d)\)", r"(\1-\2-\3)", t),
}


@pytest.fixture(scope="module")
def gold_articles(nlp):
    from extractors.records import extract_records

    articles = []
    for path in sorted(GOLD.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            articles += [a for a in read_articles(fh) if isinstance(a, Article)]
    return [(a, _core(extract_records(a.text, a.title, a.published))) for a in articles]


def _core(records) -> list[tuple]:
    return sorted(tuple(str(r.to_dict()[f]) for f in _CORE) for r in records)


@pytest.mark.parametrize("layout", list(_LAYOUTS))
def test_a_layout_does_not_change_any_gold_articles_records(gold_articles, layout):
    from extractors.records import extract_records

    change = _LAYOUTS[layout]
    moved = [a.id for a, before in gold_articles if (text := change(a.text)) != a.text
             and _core(extract_records(text, a.title, a.published)) != before]
    assert len(gold_articles) > 300
    assert moved == []
