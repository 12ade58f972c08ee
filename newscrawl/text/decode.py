"""Bytes of a saved or downloaded page → text.

Order of evidence: a BOM, the HTTP ``Content-Type`` charset, the page's own ``<meta charset>``, then
detection. A declared charset is only trusted when the bytes decode cleanly with it: many real pages
say ``gb2312`` and are UTF-8 (or the other way round). GBK and GB2312 are read as GB18030 (their
superset, which also holds the characters GBK pages really use); Big5 as Big5-HKSCS. Pure, no Scrapy.
"""
from __future__ import annotations

import codecs
import re

__all__ = ["declared_charset", "decode_html", "normalise_charset", "sniff_charset"]

_META_RE = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_HEADER_RE = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
    "euc-cn": "gb18030", "hz-gb-2312": "gb18030", "gb18030": "gb18030", "csgb2312": "gb18030",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "x-x-big5": "big5hkscs", "cp950": "big5hkscs",
    "utf8": "utf-8", "unicode": "utf-8", "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "utf-8",
    "ascii": "utf-8",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_HEAD_BYTES = 4096


def normalise_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset (GBK/GB2312 → gb18030, Big5 → big5hkscs); None if unknown."""
    if not name:
        return None
    key = name.strip().strip("\"'").lower()
    key = _ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset named by a ``<meta>`` tag in the first 4 KB, normalised; None when there is none."""
    m = _META_RE.search(data[:_HEAD_BYTES])
    return normalise_charset(m.group(1).decode("ascii", "ignore")) if m else None


def _clean(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _bad_chars(data: bytes, encoding: str) -> int:
    """How many characters of ``data`` do not decode with ``encoding`` (U+FFFD in the lenient reading)."""
    return data.decode(encoding, errors="replace").count("\ufffd")


def _looks_utf8(data: bytes) -> bool:
    """True when the bytes are valid UTF-8 and hold some multi-byte characters."""
    if not re.search(rb"[\xc2-\xf4][\x80-\xbf]", data):
        return False
    return _clean(data, "utf-8") is not None


def _common_share(text: str, codec: str, leads: tuple[int, int]) -> float:
    """Share of the CJK characters of ``text`` that ``codec`` encodes with a lead byte in ``leads``
    (the block of frequent characters: GB2312 level 1, Big5 level 1)."""
    cjk = common = 0
    for c in text:
        if "\u4e00" <= c <= "\u9fff":
            cjk += 1
            try:
                b = c.encode(codec)
            except UnicodeEncodeError:
                continue
            common += leads[0] <= b[0] <= leads[1]
    return common / cjk if cjk else 0.0


def sniff_charset(data: bytes) -> str:
    """Best guess for undeclared bytes: UTF-8 if they decode, else GB18030 unless they read better as Big5.

    Both decoders accept almost any byte pairs, so the test is which reading gives frequent characters:
    real GBK text is nearly all GB2312 level-1 characters, Big5 read as GBK is not (and vice versa).
    """
    if _clean(data, "utf-8") is not None:
        return "utf-8"
    sample = data[:20000]
    gb = _common_share(sample.decode("gb18030", errors="replace"), "gb2312", (0xB0, 0xD7))
    if gb >= 0.9:
        return "gb18030"
    big5 = _common_share(sample.decode("big5hkscs", errors="replace"), "big5", (0xA4, 0xC6))
    return "big5hkscs" if big5 > gb else "gb18030"


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, codec) for page bytes; never raises (undecodable bytes become U+FFFD).

    ``content_type`` is the HTTP header value (``text/html; charset=gbk``), when there was one.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), enc
    candidates: list[str] = []
    if content_type:
        m = _HEADER_RE.search(content_type)
        enc = normalise_charset(m.group(1)) if m else None
        if enc:
            candidates.append(enc)
    meta = declared_charset(data)
    if meta:
        candidates.append(meta)
    if any(enc != "utf-8" for enc in candidates) and _looks_utf8(data):
        # valid multi-byte UTF-8 is almost never GBK/Big5 by accident: the declaration is wrong
        return data.decode("utf-8"), "utf-8"
    for enc in candidates:
        text = _clean(data, enc)
        if text is not None:
            return text, enc
    enc = sniff_charset(data)
    if candidates:
        # declared but not clean: keep the declaration when it reads no worse than detection (a few bad
        # bytes in a GBK page), not when the bytes are another charset (GBK under a UTF-8 or Big5 label)
        declared = min(candidates, key=lambda c: _bad_chars(data, c))
        if _bad_chars(data, declared) <= _bad_chars(data, enc):
            enc = declared
    return data.decode(enc, errors="replace"), enc
