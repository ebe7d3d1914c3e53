"""The end-to-end bench's corpus: pages in the mirror's templates, each its
own URL, award articles one in ten."""
import html
import json

from pipeline.bench.endtoend import AWARD_SHARE, generate_pages
from pipeline.crawl.mirror import SITE_DIR


def test_generated_pages_are_distinct_and_one_in_ten_is_an_award_article():
    titles = {}
    for site in SITE_DIR.iterdir():
        if (site / "articles.jsonl").exists():
            for line in filter(str.strip, (site / "articles.jsonl").open(encoding="utf-8")):
                raw = json.loads(line)
                titles[raw["title"]] = bool(raw.get("records"))
    pages = generate_pages(40)
    assert len({url for url, _ in pages}) == 40
    award = [url for url, body in pages
             if any(won and f'<h1 class="entry-title">{html.escape(t)}</h1>' in body.decode(
                 "utf-8", "replace") for t, won in titles.items())]
    assert len(award) == 40 // AWARD_SHARE


def test_backfill_bench_fetches_every_capture_once_within_the_ceiling():
    from pipeline.bench.bulk import backfill_rate

    result = backfill_rate(captures=12, delay=0.05)
    # the index page and one request per capture, each an article; never
    # faster than the politeness ceiling allows
    assert result["requests"] == 13 and result["articles"] == 12
    assert 0 < result["share_of_ceiling"] <= 1.05
