"""Media names and slugs: 南通日报 → nantongribao (pypinyin, as the prototype's categories)."""
from __future__ import annotations

import re
from functools import lru_cache

from pypinyin import Style, lazy_pinyin


@lru_cache(maxsize=4096)
def media_slug(media: str | None) -> str | None:
    """Lower-case toneless pinyin of the media name, ASCII letters and digits only; None for no media."""
    if not media or not media.strip():
        return None
    slug = "".join(lazy_pinyin(media.strip(), style=Style.NORMAL, errors="default"))
    slug = re.sub(r"[^a-z0-9]+", "", slug.lower())
    return slug or None


def default_tags(media: str | None, category: str | None) -> list[str]:
    """The prototype's tags: the feed name for Eastmoney rolling news, else '<media>新闻'."""
    if category == "emnews":
        return ["东财滚动新闻"]
    return [f"{media}新闻"] if media else []
