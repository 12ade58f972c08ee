"""Publication times in a page's inline scripts (WeChat's ``var ct``, ``publish_time``, ``"publishDate"`` in JSON
state), and the date value type shared by the date modules: ``PublishedDate`` (ISO, source, confidence),
machine-readable values read as absolute dates, and the more precise of two same-day times."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from typing import Any, NamedTuple

from newscrawl.text.dates import date_keys, normalize_datetime

_SCRIPT_KEYS = date_keys("script")
# inline scripts; a date-valued key in them (a date string with a year first, or unix seconds/milliseconds)
_SCRIPT_OPEN_RE = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
_SCRIPT_CLOSE_RE = re.compile(r"</script", re.IGNORECASE)
_KEY_BEFORE_RE = re.compile(r"(?P<key>[A-Za-z_$][\w$-]{0,30})[\"']?\s*$")
_SCRIPT_DATE_RE = re.compile(
    r"[:=]\s*[\"']?"
    r"(?P<val>(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?"
    r"|\d{10}(?:\d{3})?(?![\d.]))")
_HAS_YEAR_RE = re.compile(r"(?:19|20)\d{2}|^\d{10}(?:\d{3})?$")
_WS_RE = re.compile(r"\s+")
_BRACKET_RE = re.compile(r"[{}\[\]]")


class PublishedDate(NamedTuple):
    """The publication date (ISO 8601 or None), the source it came from (``rule``, ``shown``, ``json-ld``,
    ``meta``, ``script``, ``body``, ``url`` …) and a confidence in 0–1."""
    iso: str | None
    source: str | None = None
    confidence: float = 0.0


NO_DATE = PublishedDate(None)


def absolute_date(value: Any) -> str | None:
    """A machine-readable date with its year (or unix time) → ISO; relative or yearless text is refused (it
    would be read against the wall clock)."""
    if not isinstance(value, str) or not _HAS_YEAR_RE.search(value.strip()):
        return None
    return normalize_datetime(value)


def more_precise(a: str | None, b: str | None) -> str | None:
    """Of two ISO dates of the same day, the one with a time of day; else ``a``."""
    if not a:
        return b
    if b and a[:10] == b[:10] and a[11:19] == "00:00:00" and b[11:19] != "00:00:00":
        return b
    return a


# --- inline scripts ------------------------------------------------------------------------------------


class ScriptDate(NamedTuple):
    """A publication time in an inline script: ISO, key rank (0 publication … 3 ``time``), whether its
    object holds the page title, its nesting depth and position."""
    iso: str
    rank: int
    titled: bool
    depth: int
    pos: int


def _object_span(brackets: list[tuple[int, str]], pos: int, end: int) -> tuple[int, int]:
    """The span of the innermost ``{…}``/``[…]`` around ``pos``, given the brackets of the text in order
    (the whole text, up to ``end``, at the top level)."""
    k = bisect_left(brackets, (pos, ""))
    depth, start = 0, 0
    for i in range(k - 1, -1, -1):
        p, c = brackets[i]
        if c in "}]":
            depth += 1
        elif depth == 0:
            start = p
            break
        else:
            depth -= 1
    else:
        return 0, end
    depth = 0
    for p, c in brackets[k:]:
        if c in "{[":
            depth += 1
        elif depth == 0:
            return start, p + 1
        else:
            depth -= 1
    return start, end


def _inline_scripts(html: str) -> Iterator[tuple[str, int, str]]:
    """(lowercased attributes, offset, text) of each ``<script>`` element of the page."""
    pos = 0
    lower = "</SCRIPT" not in html and "</Script" not in html  # then str.find: far faster than a regex
    while True:
        m = _SCRIPT_OPEN_RE.search(html, pos)
        if not m:
            return
        if lower:
            end = html.find("</script", m.end())
        else:
            close = _SCRIPT_CLOSE_RE.search(html, m.end())
            end = close.start() if close else -1
        if end < 0:
            end = len(html)
        yield m.group(1).lower(), m.end(), html[m.end():end]
        pos = end


def script_dates(html: str, title: str | None, limit: int = 40) -> list[ScriptDate]:
    """Publication times in the page's inline scripts (not JSON-LD, read apart): WeChat's ``var ct =
    "1586339400"``, ``publish_time``, ``pubtime``, ``"publishDate"``/``createTime`` in JSON state
    (``window.__INITIAL_STATE__``), as date strings or unix seconds/milliseconds. Keys that mean another
    time (modified, comment) are not in ``data/date_keys.tsv``; ``ct`` counts only as a variable and
    ``time`` only in an object that holds the page title."""
    key_title = _WS_RE.sub("", title or "")[:12]
    out: list[ScriptDate] = []
    for attrs, offset, text in _inline_scripts(html):
        if "ld+json" in attrs or len(text) < 12:
            continue
        has_title = len(key_title) >= 4 and key_title in _WS_RE.sub("", text)
        brackets: list[tuple[int, str]] | None = None
        for m in _SCRIPT_DATE_RE.finditer(text):
            k = _KEY_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            if k is None:
                continue
            key = k.group("key").lower().replace("_", "").replace("-", "").lstrip("$")
            rank = _SCRIPT_KEYS.get(key)
            if rank is None:
                continue
            start = k.start("key")
            if key == "ct" and not (text[max(0, start - 4):start] == "var " or text[start - 1:start] == "."):
                continue
            iso = absolute_date(m.group("val"))
            if not iso:
                continue
            titled = False
            if has_title:
                if brackets is None:
                    brackets = [(b.start(), b.group()) for b in _BRACKET_RE.finditer(text)]
                a, b = _object_span(brackets, start, len(text))
                titled = key_title in _WS_RE.sub("", text[a:b])
            if key == "time" and not titled:
                continue
            depth = sum(text.count(c, 0, start) for c in "{[") - sum(text.count(c, 0, start) for c in "}]")
            out.append(ScriptDate(iso, rank, titled, depth, offset + start))
            if len(out) >= limit:
                return out
    return out


def best_script_date(found: list[ScriptDate]) -> PublishedDate:
    """The script time that is the page's: one in an object holding the title first, then the best key, the
    shallowest object, the first; refused when another as good gives another day (a list of other articles).
    A same-day time of another key makes a date-only value precise (WeChat's ``publish_time`` + ``ct``)."""
    if not found:
        return NO_DATE
    ordered = sorted(found, key=lambda s: (not s.titled, s.rank, s.depth, s.pos))
    best = ordered[0]
    peers = [s for s in ordered if s.titled == best.titled and s.depth == best.depth]
    if not best.titled and any(s.rank == best.rank and s.iso[:10] != best.iso[:10] for s in peers):
        return NO_DATE
    iso = best.iso
    for s in peers:
        iso = more_precise(iso, s.iso) or iso
    return PublishedDate(iso, "script", (0.75 if best.titled else 0.65) - 0.05 * min(best.rank, 2))
