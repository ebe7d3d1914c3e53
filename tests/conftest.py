"""Shared fixtures: the extraction pipeline is built once per test session."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold"


@pytest.fixture(scope="session")
def nlp():
    from extractors.pipeline import nlp as build

    return build()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text, title=None, published=None) -> list of record dicts."""
    from extractors.records import extract_records

    def run(text: str, title: str | None = None, published: str | None = None) -> list[dict]:
        return [r.to_dict() for r in extract_records(text, title, published)]

    return run


@pytest.fixture(scope="session")
def analyse_one(nlp):
    """The analysed candidate sentence of a one-sentence text."""
    from extractors.sentences import analyse

    def run(sentence: str):
        found = analyse(sentence)
        assert len(found) == 1, f"not one candidate sentence: {sentence!r}"
        return found[0]

    return run


@pytest.fixture()
def cli():
    """Run ``python -m pipeline`` with arguments and optional stdin."""
    import subprocess

    def run(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
        data = stdin.encode() if isinstance(stdin, str) else stdin
        return subprocess.run([sys.executable, "-m", "pipeline", *args], input=data,
                              capture_output=True, cwd=ROOT, timeout=120)

    return run
