"""Badges inside a headline element (``<h1>标题<span>原创</span></h1>``: 原创, 独家, 置顶, 精华 …,
``data/title_badges.txt``): a child element whose whole text is a badge, at the heading's start or end, is not
part of the title."""
from __future__ import annotations

from lxml import etree

from newscrawl.pages.generic.tree import node_text
from newscrawl.text.data_files import data_lines

_BADGES = frozenset(data_lines("title_badges.txt"))
_MIN_TITLE_CHARS = 4


def heading_text(el: etree._Element) -> str:
    """``el``'s text without the badges of its child elements at its start or end (the whole text when
    fewer than four characters would be left)."""
    text = node_text(el)
    for child in el.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        badge = node_text(child)
        if badge not in _BADGES:
            continue
        if text.endswith(badge) and len(text) - len(badge) >= _MIN_TITLE_CHARS:
            text = text[: -len(badge)].rstrip()
        elif text.startswith(badge) and len(text) - len(badge) >= _MIN_TITLE_CHARS:
            text = text[len(badge):].lstrip()
    return text
