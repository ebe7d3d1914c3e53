"""The sources file: the shipped one is valid, and every kind of mistake is
reported with its entry."""
from conftest import ROOT
from pipeline.crawl.sources import adhoc_source, parse_sources


def test_the_shipped_sources_file_is_valid(cli):
    result = cli("sources", "check", "corpus/sources.toml")
    assert result.returncode == 0, result.stderr.decode()
    sources, problems = parse_sources((ROOT / "corpus/sources.toml").read_text("utf-8"))
    assert not problems
    provinces = {s.province for s in sources if s.kind == "pemprov"}
    assert len(provinces) == 38
    assert {"bontangkota", "bojonegorokab"} <= {s.name for s in sources}
    assert any(s.kind == "bpjs" for s in sources)


def test_mistakes_are_reported_with_their_entry():
    text = """
[[source]]
name = "a"
url = "ftp://example.org/"
kind = "desa"
discovery = ["rss", "telepati"]
listing = "/berita?page=1"
article_pattern = "(("
delay = -1
prune_xpath = ["//div[@class='ok']", "//div[["]
colour = "red"

[[source]]
name = "a"
url = "https://a.example.go.id/"
prune_xpath = "//div"
"""
    sources, problems = parse_sources(text, "s.toml")
    joined = "\n".join(problems)
    for expected in ("unknown key 'colour'", "not an http(s) URL", "kind 'desa'",
                     "discovery 'telepati'", "has no {page}", "does not compile",
                     "delay must be", "duplicate source name 'a'",
                     "prune_xpath '//div[[' is not an XPath",
                     "prune_xpath must be a list"):
        assert expected in joined
    assert all(p.startswith("s.toml: ") for p in problems)
    assert parse_sources("not toml [", "x.toml")[1][0].startswith("x.toml: not valid TOML")


def test_an_adhoc_source_is_one_host():
    source = adhoc_source("https://bojonegorokab.go.id/berita")
    assert source.host == "bojonegorokab.go.id" and source.adhoc
    assert source.entry_points() == [("listing", "https://bojonegorokab.go.id/berita")]
