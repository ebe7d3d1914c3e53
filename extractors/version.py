"""The extractor version: a digest of the rule code and its data files.

Stored with every award row, so a change to any rule or word list marks
every earlier extraction as stale and the next run re-extracts those
articles from their stored text."""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_HERE = Path(__file__).parent


@cache
def extractor_version() -> str:
    """12 hex digits of the SHA-256 over the package's modules and data files."""
    digest = hashlib.sha256()
    files = sorted([*_HERE.glob("*.py"), *(_HERE / "data").iterdir()])
    for path in files:
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
