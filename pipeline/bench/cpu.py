"""``make bench``: what clean + extract costs per page in CPU seconds
against trafilatura's ``bare_extraction`` alone, as the bulk commands pay it.

Each side runs in fresh processes over N and 3N generated pages (one in
ten an award article); a process's CPU time (user + system, the whole
process: import, pipeline build, every page) is read by its parent, and the
marginal cost per page is the difference over the 2N extra pages, so start-up
cancels out. Best of several rounds per side and size: CPU time is not wall
time, but a shared machine still disturbs caches and frequency. N is 600:
the pipeline's start-up (importing spaCy, building the pipeline, reading the
rule tables) varies by about 0.1 s of CPU from process to process, which
over 400 extra pages moved the ratio by as much as 0.15.
"""
from __future__ import annotations

import os
import pickle
import resource
import subprocess
import sys
import tempfile

from pipeline.bench.endtoend import generate_pages

_CHILD = """
import pickle, sys
pages = pickle.load(open(sys.argv[2], "rb"))
if sys.argv[1] == "trafilatura":
    from pipeline.clean import bare_document
    for url, body in pages:
        bare_document(body, url, "2025-12-01")
else:
    from pipeline.ingest import Page, process_page
    for url, body in pages:
        process_page(Page(url, body, "text/html; charset=utf-8", "2025-12-01T00:00:00+00:00",
                          "bench"))
"""


def _cpu_seconds(side: str, pages_file: str) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-c", _CHILD, side, pages_file], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


CPU_PAGES = 600  # N: the smaller run's pages


def cpu_ratio(count: int = CPU_PAGES, rounds: int = 5) -> dict:
    """Marginal CPU seconds per page of each side (best of ``rounds``) and
    their ratio."""
    pages = generate_pages(3 * count)
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for n in (count, 3 * count):
            files[n] = os.path.join(tmp, f"pages-{n}.pickle")
            with open(files[n], "wb") as fh:
                pickle.dump(pages[:n], fh)
        marginal = {}
        for side in ("trafilatura", "pipeline"):
            runs = [(_cpu_seconds(side, files[count]), _cpu_seconds(side, files[3 * count]))
                    for _ in range(rounds)]
            small, large = [r[0] for r in runs], [r[1] for r in runs]
            # a disturbance only ever adds CPU time: the least of each size is
            # its undisturbed cost (the least of the differences would pair a
            # calm large run with a disturbed small one)
            marginal[side] = (min(large) - min(small)) / (2 * count)
    return {"pages": [count, 3 * count], "rounds": rounds,
            "trafilatura_ms_per_page": round(1000 * marginal["trafilatura"], 3),
            "clean_extract_ms_per_page": round(1000 * marginal["pipeline"], 3),
            "cpu_ratio_to_trafilatura": round(marginal["pipeline"] / marginal["trafilatura"], 3)}
