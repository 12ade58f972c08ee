"""Image captions of article body blocks: an image's alt/title text unless generic (:func:`img_caption`), else a
short caption-like block of its own or right after it (:func:`add_captions`). Pure functions."""
from __future__ import annotations

import re
from typing import Any

from lxml import etree

from newscrawl.text.controls import normalize_text

__all__ = ["add_captions", "img_caption"]

_CAPTION_MAX = 60
_GENERIC_ALT = re.compile(
    r"^(?:images?|img|photo|picture|pic|untitled|图片|图像|配图|插图|照片|无标题|k图.*"
    r"|.*\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|avif)"
    r"|[A-Za-z0-9_.\-]*[0-9][A-Za-z0-9_.\-]*|https?://\S*)$",
    re.IGNORECASE | re.DOTALL,
)
# '（图…', '图为…', '图片来源…', '图1 …', '图：…', '图/…'; or '…摄', '…摄）', '…摄影', '摄影：…'
_CAPTION_LIKE = re.compile(
    r"^[（(]\s*图"
    r"|^图(?:为|片|示|文|[0-9０-９一二三四五六七八九十]|\s|[:：/／|丨（(])"
    r"|摄(?:影)?\s*[)）]?$|摄影\s*[:：]"
)


def img_caption(img: etree._Element) -> str:
    """An image's caption from its alt or title text, unless that is generic (``图片``, a file name, a URL)."""
    for attr in ("alt", "title"):
        cap = normalize_text(img.get(attr) or "")
        if cap and not _GENERIC_ALT.match(cap):
            return cap
    return ""


def add_captions(blocks: list[Any], centered: list[bool]) -> None:
    """Fill empty image captions of ``blocks`` (``cleaning.Block``: text, images) from the block's own short
    caption-like text, else from the next block."""
    for i, block in enumerate(blocks):
        if not block.images or all(im["caption"] for im in block.images):
            continue
        cap = ""
        if block.text:
            if len(block.text) <= _CAPTION_MAX and (centered[i] or _CAPTION_LIKE.search(block.text)):
                cap = block.text
        elif i + 1 < len(blocks):
            nxt = blocks[i + 1]
            if (
                nxt.text
                and not nxt.images
                and len(nxt.text) <= _CAPTION_MAX
                and (centered[i + 1] or _CAPTION_LIKE.search(nxt.text))
            ):
                cap = nxt.text
        if cap:
            for im in block.images:
                im["caption"] = im["caption"] or cap
