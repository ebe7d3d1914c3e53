# anugerah — make targets for people and the nightly batch.
# `make demo` and `make test` work on a fresh clone with Python 3.11+ and make.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DB     ?= outputs/anugerah.db
GOLD   := corpus/gold

.PHONY: help venv test demo eval bench lint clean

help:
	@echo "make demo   extract the bundled corpus and load it into $(DB)"
	@echo "make test   run the test suite"
	@echo "make eval   score extraction on the gold articles in $(GOLD)/"
	@echo "make bench  measure extraction speed and start-up time"
	@echo "make lint   ruff"
	@echo "make clean  remove outputs and caches (keeps .venv)"

$(STAMP): setup.cfg pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

test: $(STAMP)
	$(PY) -m pytest -q

demo: $(STAMP)
	mkdir -p outputs
	$(PY) -m pipeline load $(GOLD)/dev.jsonl $(GOLD)/rules.jsonl $(GOLD)/rules2.jsonl $(GOLD)/rules3.jsonl $(GOLD)/rules4.jsonl $(GOLD)/heldout.jsonl --db $(DB) --records outputs/records.jsonl
	@echo "records: outputs/records.jsonl  database: $(DB)"

eval: $(STAMP)
	@for part in dev rules rules2 rules3 rules4 heldout; do \
	  echo "== $(GOLD)/$$part.jsonl"; $(PY) -m pipeline eval $(GOLD)/$$part.jsonl --fields all; done

bench: $(STAMP)
	$(PY) -m pipeline bench $(GOLD)/dev.jsonl $(GOLD)/rules.jsonl $(GOLD)/rules2.jsonl $(GOLD)/rules3.jsonl $(GOLD)/rules4.jsonl $(GOLD)/heldout.jsonl

lint: $(STAMP)
	$(PY) -m ruff check pipeline extractors tests

clean:
	rm -rf outputs/*.db outputs/*.db-* outputs/*.jsonl .pytest_cache .ruff_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
