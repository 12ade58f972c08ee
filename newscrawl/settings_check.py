"""Our settings (``FINEWS_*``, ``NEWSCRAWL_*``) checked before a crawl fetches anything.

Which settings are ours and of what kind comes from their defaults in ``newscrawl/settings.py`` (a value is
parsed with the Scrapy getter the code reads it with: ``getint`` for an int default …); ranges and formats
are the tables below. A name with our prefix that is no setting of ours gets a "did you mean". Pure: plain
values in, one-line messages out; the commands decide whether to warn or refuse (docs/settings.md).
"""
from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit

from scrapy.settings import BaseSettings

from newscrawl import settings as _defaults

__all__ = ["KINDS", "PREFIXES", "bad_values", "spider_problem", "unknown_names"]

PREFIXES = ("FINEWS_", "NEWSCRAWL_")

#: Where the code reads a setting as another kind than its default's (``0`` is read with ``getfloat``).
_READ_AS: dict[str, type] = {"NEWSCRAWL_REFRESH_AFTER": float}

#: Name → kind (bool, int, float, str, list, dict) of every setting of ours.
KINDS: dict[str, type] = {
    **{name: type(value) for name, value in vars(_defaults).items() if name.startswith(PREFIXES)},
    **_READ_AS,
}

_GETTERS = {bool: "getbool", int: "getint", float: "getfloat", list: "getlist", dict: "getdict"}
_KIND_WORDS = {bool: "true/false or 1/0", int: "a whole number", float: "a number", str: "a string",
               list: "a list (comma-separated)", dict: "a JSON object"}

#: Inclusive (low, high) bounds of number settings; None: unbounded.
_RANGES: dict[str, tuple[float | None, float | None]] = {
    "FINEWS_LIST_MAX_PAGES": (1, None),
    "NEWSCRAWL_MAX_FAILURE_RATE": (0.0, 1.0),
    "NEWSCRAWL_REFRESH_AFTER": (0, None),
    "NEWSCRAWL_COMMIT_EVERY": (1, None),
    "NEWSCRAWL_COMMIT_SECONDS": (0, None),
    "NEWSCRAWL_INDEX_EVERY": (1, None),
    "NEWSCRAWL_REDIS_HEARTBEAT_TTL": (0.1, None),
    "NEWSCRAWL_REDIS_IDLE_CLOSE": (0, None),
    "NEWSCRAWL_REDIS_INGEST_BATCH": (1, None),
}


def _http_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _code_template(value: str) -> bool:
    """``value`` names ``{code}`` and formats with it alone (no other or broken ``{}`` fields)."""
    try:
        return "{code}" in value and isinstance(value.format(code="NW1"), str)
    except (KeyError, IndexError, ValueError):
        return False


#: Test and description of string settings with a format.
_FORMATS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "FINEWS_BASE_URL": (_http_url, "an http(s) URL"),
    "FINEWS_TEXT_PATH": (_code_template, "a path with {code}"),
    "FINEWS_SHARE_PATH": (_code_template, "a path with {code}"),
    "FINEWS_PUBLIC_SHARE_URL": (lambda v: _http_url(v) and _code_template(v), "an http(s) URL with {code}"),
    "FINEWS_LIST_APIS": (lambda v: all(p.startswith("/") or _http_url(p) for p in v),
                         "paths starting with / or http(s) URLs"),
    "NEWSCRAWL_DB": (lambda v: bool(str(v).strip()), "a file path"),
    "NEWSCRAWL_REDIS_URL": (lambda v: urlsplit(v).scheme in ("redis", "rediss", "unix"),
                            "a redis://, rediss:// or unix:// URL"),
}


def _want(name: str, kind: type) -> str:
    """What a good value of ``name`` is, in words."""
    if name in _FORMATS:
        return _FORMATS[name][1]
    low, high = _RANGES.get(name, (None, None))
    words = _KIND_WORDS[kind]
    if low is not None and high is not None:
        return f"{words} from {low:g} to {high:g}"
    return f"{words} ≥ {low:g}" if low is not None else words


def _problem(name: str, value: Any) -> str | None:
    """Why ``value`` will not do for our setting ``name``; None when it does."""
    kind = KINDS[name]
    settings = BaseSettings({name: value})
    try:
        parsed = getattr(settings, _GETTERS[kind])(name) if kind in _GETTERS else value
    except (ValueError, TypeError):
        return _want(name, kind)
    if kind is str and not isinstance(parsed, str):
        return _want(name, kind)
    low, high = _RANGES.get(name, (None, None))
    if (low is not None and not parsed >= low) or (high is not None and not parsed <= high):  # NaN fails too
        return _want(name, kind)
    if name in _FORMATS and not _FORMATS[name][0](parsed):
        return _want(name, kind)
    return None


def bad_values(values: Mapping[str, Any]) -> list[str]:
    """One line for each of our settings in ``values`` whose value the crawl could not use."""
    out = []
    for name in sorted(n for n in values if n in KINDS):
        if (why := _problem(name, values[name])) is not None:
            shown = repr(values[name]) if len(repr(values[name])) <= 80 else repr(values[name])[:77] + "..."
            out.append(f"bad setting {name}={shown}: want {why}")
    return out


def unknown_names(names: Iterable[str]) -> list[str]:
    """One line for each name with our prefix that is no setting of ours, with the closest one of ours."""
    out = []
    for name in sorted(n for n in set(names) if n.upper().startswith(PREFIXES) and n not in KINDS):
        close = difflib.get_close_matches(name.upper(), KINDS, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]}?" if close else " (docs/settings.md lists ours)"
        out.append(f"unknown setting {name}{hint}")
    return out


def spider_problem(name: str, spiders: list[str]) -> str | None:
    """The line refusing spider ``name`` when it is not one of ``spiders``; None when it is."""
    if name in spiders:
        return None
    close = difflib.get_close_matches(name, spiders, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    return f"no spider {name!r}; {hint}spiders: {', '.join(sorted(spiders))}"
