"""Press-release boilerplate that trafilatura keeps, taken out of the text.

Lines of a page's main text that carry no fact — "Baca Juga:" boxes, share
widgets, photo captions, image hashes, correction notes, credits — are
recognised by the same line rules the extractors skip
(``extractors/data/noise_lines.txt``) and dropped; a category word glued to
the last line goes too, and so does a related link run into a line of the
story, the story around it kept. Credits ("Penulis: X | Editor: Y") are kept as
metadata. A rule matches whole lines only (a related link inside a line only
up to the stop that ends its headline), so a sentence that carries a fact is
never removed.
"""
from __future__ import annotations

import re

from extractors.text import glued_tail, is_noise, story_pieces

_CREDIT = re.compile(r"(penulis|pewarta|reporter|editor|redaktur|fotografer)\s*:\s*"
                     r"([^|/•·]+)", re.I)  # "Foto: ..." is a caption, not a credit


def credits_of(line: str) -> dict[str, str]:
    """The roles and names of a credits line ("Penulis: Tim | Editor: Rina")."""
    return {role.lower(): name.strip(" .,;") for role, name in _CREDIT.findall(line)
            if name.strip(" .,;")}


def strip_boilerplate(text: str) -> tuple[str, dict[str, str]]:
    """The text without boilerplate lines, and the credits found in them."""
    kept: list[str] = []
    credits: dict[str, str] = {}
    for whole in text.split("\n"):
        # (a line the story goes on in after a related link is kept without it)
        for start, end in story_pieces(whole):
            line = whole[start:end]
            if line.strip() and is_noise(line):
                for role, name in credits_of(line).items():
                    credits.setdefault(role, name)
                continue
            kept.append(line.strip() if (start, end) != (0, len(whole)) else line)
    while kept and not kept[-1].strip():
        kept.pop()
    if kept:
        cut = glued_tail(kept[-1])
        if cut is not None:
            kept[-1] = kept[-1][:cut]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip(), credits
