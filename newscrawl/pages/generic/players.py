"""A video player's leftovers inside an article (``<div class="video-player">`` with its poster, duration
``02:16``, title ``视频｜…`` and ``视频加载中…``): the player's element goes before the body is scored.

A player is an element whose class or id names a player or a video (``video-player``, ``vp_3301``,
``video_box``), whose text is short (60 non-blank characters at most) and that holds a media element
(<video>, <iframe>, <embed>, <object>), a duration (``02:16``) or a loading line (``加载中``), inside a parent
holding three times its text and 200+ characters (an article, not a video page's only content). Asked on the
chosen body's parts only (no pass over the page).
"""
from __future__ import annotations

import re

from lxml import etree

from newscrawl.pages.generic.tree import remove_element

__all__ = ["drop_players"]

_PLAYER_ATTRS = etree.XPath(
    "descendant::*/@class[contains(., 'player') or contains(., 'video') or contains(., 'vp')]/.."
    " | descendant::*/@id[contains(., 'player') or contains(., 'video') or starts-with(., 'vp')]/..")
_PLAYER_RE = re.compile(r"(?:^|[\s_\-])(?:[\w\-]*player|video[\w\-]*|vp)(?:$|[\s_\-])", re.IGNORECASE)
_MEDIA = etree.XPath("boolean(descendant-or-self::video | descendant::iframe | descendant::embed | descendant::object)")
_DURATION_RE = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])|加载中|載入中")
_MAX_PLAYER = 60
_MIN_PARENT = 200
_MAX_CANDIDATES = 30


def drop_players(body: etree._Element) -> None:
    """Remove the video players' elements under ``body`` (a part of the chosen body), in place."""
    for el in _PLAYER_ATTRS(body)[:_MAX_CANDIDATES]:
        if el.getparent() is None:
            continue
        if not _PLAYER_RE.search((el.get("class") or "") + " " + (el.get("id") or "")):
            continue
        text = _chars(el)
        if len(text) > _MAX_PLAYER or not (_MEDIA(el) or _DURATION_RE.search(text)):
            continue
        parent_chars = len(_chars(el.getparent()))
        if parent_chars >= _MIN_PARENT and parent_chars >= 3 * len(text):
            remove_element(el)


def _chars(el: etree._Element) -> str:
    return "".join(etree.tostring(el, method="text", encoding="unicode", with_tail=False).split())
