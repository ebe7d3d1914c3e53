# anugerah — make targets for people and the nightly batch.
# `make demo` and `make test` work on a fresh clone with Python 3.11+ and make.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     ?= outputs/anugerah.db
GOLD   := corpus/gold
REAL   := corpus/real
WARC   ?= corpus/warc
SOURCES ?= corpus/sources.toml
MIRROR_PORT  ?= 8761
MIRROR_DELAY ?= 0.1
MIRROR_SOURCES ?= outputs/mirror-sources.toml
LOG_DIR ?= outputs/logs
OUT ?= outputs
SERVE_PORT ?= 8001

.PHONY: help venv test demo nightly eval bench lint clean serve

help:
	@echo "make demo   crawl the bundled mirror of press-release sites (served on"
	@echo "            127.0.0.1) and run the whole pipeline into $(DB)"
	@echo "make test   run the test suite"
	@echo "make serve  browse $(DB) in Datasette on http://127.0.0.1:$(SERVE_PORT)/"
	@echo "            (facets, canned queries; metadata in outputs/metadata.yml)"
	@echo "make nightly  the unattended batch: crawl every enabled source of"
	@echo "            $(SOURCES), clean, extract, load (lock, runs row, logs/)"
	@echo "make eval   score extraction on the gold articles in $(GOLD)/"
	@echo "make bench  measure extraction speed, start-up time, end-to-end speed"
	@echo "            and memory, and the crawl rate"
	@echo "make lint   ruff"
	@echo "make clean  remove outputs and caches (keeps .venv)"

$(STAMP): setup.cfg pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

test: $(STAMP)
	$(PY) -m pytest -q

# The bundled mirror of press-release sites is served on 127.0.0.1 for the
# length of the run (fixed ports, so a second demo is an incremental recrawl;
# a port still held by another process is replaced by a free one, and said).
# The recipe waits for the mirror to exit, also after Ctrl-C, so a demo can
# follow a demo at once.
demo: $(STAMP)
	mkdir -p outputs
	rm -f $(MIRROR_SOURCES)
	$(PY) -m pipeline mirror --port $(MIRROR_PORT) --delay $(MIRROR_DELAY) \
	  --write-sources $(MIRROR_SOURCES) & mirror=$$!; \
	trap 'kill $$mirror 2>/dev/null; wait $$mirror' EXIT; trap 'exit 130' INT TERM; \
	for i in $$(seq 150); do test -s $(MIRROR_SOURCES) && break; \
	  kill -0 $$mirror 2>/dev/null || break; sleep 0.1; done; \
	test -s $(MIRROR_SOURCES) || { echo "demo: the mirror did not start" >&2; exit 1; }; \
	$(PY) -m pipeline run --sources $(MIRROR_SOURCES) --db $(DB) --warc-dir $(WARC) \
	  --log-dir $(LOG_DIR) --out $(OUT)
	@echo "database: $(DB)  archives: $(WARC)/"

# The nightly batch: one run at a time (a second exits 75), a runs row, every
# event in outputs/logs/ (rotated), a one-line summary; exit 0 also when only
# some sources failed (they are named), 1 when the run failed.
nightly: $(STAMP)
	mkdir -p outputs
	$(PY) -m pipeline run --sources $(SOURCES) --db $(DB) --warc-dir $(WARC) \
	  --log-dir $(LOG_DIR) --out $(OUT)

# The real sets carry facts only; their texts are cached locally (git-ignored)
# and a set whose cache is missing is named, not scored (corpus/real/README.md).
eval: $(STAMP)
	@for part in dev rules rules2 rules3 rules4 rules5 rules6 rules7 rules8 rules9 rules10 rules11 heldout; do \
	  echo "== $(GOLD)/$$part.jsonl"; $(PY) -m pipeline eval $(GOLD)/$$part.jsonl --fields all; done
	@for set in $(REAL)/*.jsonl; do \
	  if [ -f $(REAL)/.cache/$$(basename $$set) ]; then \
	    echo "== $$set"; $(PY) -m pipeline eval $$set --fields all; \
	  else echo "== $$set: not scored: its texts are not cached in $(REAL)/.cache/ (see $(REAL)/README.md)"; fi; done

bench: $(STAMP)
	$(PY) -m pipeline bench $(GOLD)/dev.jsonl $(GOLD)/rules.jsonl $(GOLD)/rules2.jsonl $(GOLD)/rules3.jsonl $(GOLD)/rules4.jsonl $(GOLD)/rules5.jsonl $(GOLD)/rules6.jsonl $(GOLD)/rules7.jsonl $(GOLD)/rules8.jsonl $(GOLD)/rules9.jsonl $(GOLD)/rules10.jsonl $(GOLD)/rules11.jsonl $(GOLD)/heldout.jsonl --pages 200 --crawl --bulk 2000
	@if ls $(REAL)/.cache/*.jsonl >/dev/null 2>&1; then echo "== real articles ($(REAL)/.cache/)"; \
	  $(PY) -m pipeline bench $(REAL)/.cache/*.jsonl; \
	else echo "real articles: not measured, their texts are not cached in $(REAL)/.cache/"; fi

# Datasette on $(DB), the serve extra installed on first use; the metadata
# (titles, facets, canned queries) is written for the database served.
serve: $(STAMP)
	$(PY) -c 'import datasette' 2>/dev/null || $(PY) -m pip install --quiet -e '.[serve]'
	test -f $(DB) || { echo "no database at $(DB): run make demo first"; exit 2; }
	$(PY) -c "from pipeline.store.database import open_db; from pipeline.publish.datasette_meta import prepare; prepare(open_db('$(DB)'), 'outputs/metadata.yml')"
	$(PY) -m datasette serve $(DB) -m outputs/metadata.yml -h 127.0.0.1 -p $(SERVE_PORT)

lint: $(STAMP)
	$(PY) -m ruff check pipeline extractors tests

clean:
	find outputs -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +
	rm -rf $(WARC) .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
