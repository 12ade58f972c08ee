"""Lines that open or close a body but are no article text: a print-edition note (``《X日报》（2024年08月15日
07版）``), a self-media call to action (``点击“在看”``, ``长按识别二维码关注``), a platform's statement about user
posts (``特别声明：以上内容…``, ``本文来自…号，不代表…立场``), an app promotion (``更多精彩尽在X APP``), and,
closing the body, an outlet's name alone (``X日报``, a repost's signature).

The shapes are data (``data/edge_lines.txt``, one regular expression per line, tagged by class); they count only
at the edges of a body, where such lines stand, never inside it. Pure functions, no Scrapy.
"""
from __future__ import annotations

import re

from newscrawl.text.byline_grammar import ROLE_WORDS
from newscrawl.text.data_files import data_lines
from newscrawl.text.names import is_outlet

__all__ = ["edge_line_class", "trim_edge_lines"]

#: lines longer than this are text, whatever they say
MAX_EDGE_LINE = 320


def _load() -> list[tuple[re.Pattern[str], str]]:
    out = []
    for line in data_lines("edge_lines.txt"):
        pattern, _, tag = line.rpartition("\t")
        out.append((re.compile(pattern.strip()), tag.strip()))
    return out


_PATTERNS = _load()
_SPACE_RE = re.compile(r"[\s\u3000\xa0]+")
# a cheap first filter: every pattern holds one of these characters
_HINT_RE = re.compile(r"[《点戳给顺长扫关订星声明本仅尽载下打安AaＡ]")


def edge_line_class(line: str) -> str | None:
    """The class of a line that is no article text at a body's edge (``print``, ``cta``, ``statement``,
    ``promo``: data/edge_lines.txt), or None."""
    s = _SPACE_RE.sub(" ", line).strip()
    if not s or len(s) > MAX_EDGE_LINE or not _HINT_RE.search(s):
        return None
    return next((tag for pattern, tag in _PATTERNS if pattern.fullmatch(s)), None)


# role words of two or more characters (记者, 通讯员, 编辑 …): a line holding one is a byline, not a signature
# (one-character roles such as 文 also stand inside outlet names: 文汇报)
_ROLE_RE = re.compile("|".join(sorted((re.escape(w) for w in ROLE_WORDS if len(w) >= 2), key=len, reverse=True)))


def _outlet_alone(line: str) -> bool:
    """A line holding only an outlet's name (``某某日报``, ``某某新闻``): a repost's signature; never a byline
    that names the outlet first (``某某日报记者 X/文``: is_outlet accepts a text holding an outlet word)."""
    s = line.strip()
    return (2 <= len(s) <= 16 and " " not in s and "/" not in s and not _ROLE_RE.search(s)
            and is_outlet(s))


def trim_edge_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """(lines without the edge lines that open and close them, the lines taken off; an outlet's name alone
    only at the end). At least one line stays."""
    start, end = 0, len(lines)
    while end - start > 1 and (edge_line_class(lines[end - 1]) or _outlet_alone(lines[end - 1])):
        end -= 1
    while end - start > 1 and edge_line_class(lines[start]):
        start += 1
    return lines[start:end], lines[:start] + lines[end:]
