"""Load a folder of Jekyll posts into the articles the replica serves."""
from __future__ import annotations

import logging
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from newscrawl.pages import PageError
from newscrawl.pages.archive import version_preference
from newscrawl.pages.jekyll import Post, parse_post

log = logging.getLogger(__name__)

MARKET_TYPES = (37, 38, 39)


@dataclass
class Entry:
    """One article of the replica: its post, file and the list feeds that carry it."""

    code: str
    post: Post
    path: Path

    @property
    def showtime(self) -> str:
        """The API-style time ('2021-12-31 11:38:35'), '' when the post has no date."""
        m = re.match(r"\s*(\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)", self.post.date or "")
        return m.group(1) if m else ""

    @property
    def market_type(self) -> int | None:
        """The marketType list (37/38/39) for local-paper posts; None for Eastmoney rolling news."""
        if self.post.category == "emnews":
            return None
        return MARKET_TYPES[zlib.crc32(self.code.encode()) % len(MARKET_TYPES)]

    @property
    def site_path(self) -> str | None:
        """The post's path on the Jekyll site: /<category>/YYYY/MM/DD/<name>.html."""
        if not self.post.date_path or not self.post.category:
            return None
        name = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", self.path.stem).split("__")[0]
        return f"/{self.post.category}/{self.post.date_path}/{name}.html"


def load_archive(folder: str | Path) -> list[Entry]:
    """Entries for every post with an infoCode, newest first; versions of one post collapse into one."""
    by_code: dict[str, Entry] = {}
    for path in sorted(Path(folder).glob("**/*.md")):
        try:
            post = parse_post(path.read_text(encoding="utf-8"), path.name)
        except (PageError, UnicodeDecodeError) as exc:
            log.warning("replica: skipping %s: %s", path, exc)
            continue
        if not post.info_code:
            continue
        old = by_code.get(post.info_code)
        if old is None or version_preference(path, post) > version_preference(old.path, old.post):
            by_code[post.info_code] = Entry(post.info_code, post, path)
    return sorted(by_code.values(), key=lambda e: (e.showtime, e.code), reverse=True)
