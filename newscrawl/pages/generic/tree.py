"""Guard rails and the parsed tree: size and binary checks, the lxml parse, element text helpers."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from lxml import etree

from newscrawl.pages import MAX_BYTES, PageError
from newscrawl.text.controls import normalize_text

#: Pages longer than this (characters) are refused with ``too_large``; callers holding bytes check
#: ``MAX_BYTES`` before decoding.
MAX_CHARS = 5_000_000
_CONTROL_BYTES = bytes(range(0x09)) + bytes(range(0x0e, 0x20))
_ERR_INVALID_ENCODING = etree.ErrorTypes.ERR_INVALID_ENCODING


def article_id(url: str) -> str:
    """A stable id for a page without an infoCode: ``U`` + 19 hex digits of the SHA-1 of its URL."""
    canonical = url.strip().split("#", 1)[0]
    return "U" + hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:19]


def node_text(el: etree._Element) -> str:
    # the text serialisation is "".join(el.itertext()) built in C (~6x faster)
    return normalize_text(etree.tostring(el, method="text", encoding="unicode", with_tail=False))


def visible_chars(s: str) -> int:
    return len("".join(s.split()))


def parse_page(html: str) -> etree._Element:
    # no id() lookups here: collect_ids=False skips building libxml2's ID table
    root = None
    if html and not html.isspace():  # isspace: no copy of a large page
        # the str itself first (libxml2 reads Python's UTF-16/UCS-4 buffer: no UTF-8 copy of the page); a
        # lone surrogate stops libxml2 there (ERR_INVALID_ENCODING) and an XML declaration is refused
        # (ValueError): those pages go through UTF-8 bytes with the surrogates replaced, as before
        parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, collect_ids=False)
        try:
            root = etree.fromstring(html, parser)
        except ValueError:
            root = None
        if root is None or any(e.type == _ERR_INVALID_ENCODING for e in parser.error_log):
            parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                                      collect_ids=False)
            root = etree.fromstring(html.encode("utf-8", errors="replace"), parser)
    if root is not None and any("Excessive depth" in (e.message or "") for e in parser.error_log):
        flat = re.sub(r"</?(?:div|span|font|b|i|u|em|strong|section|article|table|tbody|tr|td|ul|ol|li|a)\b[^>]*>",
                      "\n", html, flags=re.IGNORECASE)
        root = etree.fromstring(flat.encode("utf-8", errors="replace"),
                                etree.HTMLParser(encoding="utf-8", remove_comments=True, no_network=True))
    if root is None:
        raise PageError("unparsable", "no HTML document could be built")
    return root

def remove_element(el: etree._Element) -> None:
    """Remove ``el`` and its content, keeping its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)

# --- public -----------------------------------------------------------------------------------------

def check_size(data: bytes) -> None:
    """Raise ``PageError('too_large')`` for page bytes over ``MAX_BYTES`` (before decoding them)."""
    if len(data) > MAX_BYTES:
        raise PageError("too_large", f"{len(data):,} bytes (limit {MAX_BYTES:,})")


def check_page(html: str) -> None:
    if not isinstance(html, str) or not html or html.isspace():  # isspace: no copy of a large page
        raise PageError("empty_page", "the page is empty")
    if len(html) > MAX_CHARS:
        raise PageError("too_large", f"{len(html):,} characters (limit {MAX_CHARS:,})")
    sample = html[:20000]
    raw = sample.encode("utf-8", "surrogatepass")  # control characters are single bytes in UTF-8: count in C
    bad = len(raw) - len(raw.translate(None, _CONTROL_BYTES)) + sample.count("\ufffd")
    if bad > max(8, len(sample) // 50) or "\x00" in sample:
        raise PageError("binary_content", "the response is not text")




@dataclass
class ParsedPage:
    """What the extraction steps share: the page source, its tree and <body>, the site rule, meta tags,
    the JSON-LD article object and the site name."""

    html: str
    root: etree._Element
    body: etree._Element
    rule: dict[str, Any]
    meta: dict[str, str]
    ld: dict[str, Any]
    site: str | None
