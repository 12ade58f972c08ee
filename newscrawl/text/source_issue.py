"""A source credit naming a periodical's issue (``来源：《X学刊》2024年第2期``): the outlet alone."""
from __future__ import annotations

import re

__all__ = ["without_issue"]

# 2024年第6期, （2024年第6期）, 2024年第12期（总第300期）, 第6期, 2024(6)… closing the credit
_ISSUE_RE = re.compile(
    r"\s*[，,]?\s*[(（]?\s*(?:(?:19|20)\d{2}\s*年\s*)?第\s*[\d一二三四五六七八九十]{1,3}\s*期"
    r"(?:\s*[(（]总第\s*\d{1,5}\s*期[)）])?\s*[)）]?\s*$"
)


def without_issue(source: str) -> str:
    """``source`` without a closing issue number (``2024年第6期``, ``第6期``); unchanged when nothing would
    be left of it or it names no issue."""
    m = _ISSUE_RE.search(source)
    if m is None or m.start() < 2:
        return source
    return source[: m.start()].rstrip(" ，,")
