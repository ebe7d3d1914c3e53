"""Decode fetched bytes to text: the HTTP header's charset, then the page's
own ``<meta>`` declaration, then detection (charset-normalizer).

Labels are read as browsers read them (WHATWG): ISO-8859-1 and ASCII mean
windows-1252, so curly quotes and dashes in old CMS pages come out right.
"""
from __future__ import annotations

import codecs
import re

_META = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]+)""", re.I)
_BOM = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
_WHATWG = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
           "us-ascii": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header, if it names a codec."""
    match = re.search(r"charset\s*=\s*([^;\s]+)", content_type or "", re.I)
    return _codec(match.group(1)) if match else None


def _is_utf8(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """The text of ``body`` and the codec used to read it."""
    for bom, name in _BOM:
        if body.startswith(bom):
            return body[len(bom):].decode(name, errors="replace"), name
    declared = [header_charset(content_type)]
    meta = _META.search(body[:4096])
    declared.append(_codec(meta.group(1).decode("ascii", "ignore")) if meta else None)
    if any(declared) and _is_utf8(body):
        # Valid multi-byte UTF-8 is almost never an accident: a page that
        # says latin-1 but is UTF-8 is the common mistake, not the reverse.
        return body.decode("utf-8"), "utf-8"
    for name in declared:
        if name:
            try:
                return body.decode(name), name
            except UnicodeDecodeError:
                continue  # a wrong declaration: try the next source
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(body[:200_000]).best()
    name = _codec(best.encoding) if best else None
    if name is None or re.fullmatch(r"cp125\d|iso8859_\d+|latin_1", name):
        name = "cp1252"  # the Latin single-byte pages of Indonesian sites
    return body.decode(name, errors="replace"), name
