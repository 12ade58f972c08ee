"""Load a folder of Jekyll posts into the articles the replica serves.

:func:`load_archive` keeps every parsed post (tests, small archives); :func:`index_archive` keeps only what
routing and list order need (:class:`IndexEntry`, a few hundred bytes an article) and the replica reads a post
from its file when it serves it (:class:`PostCache`), so a 100k archive is not held in memory.
"""
from __future__ import annotations

import logging
import os
import re
import sys
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterator
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
        return site_path(self.post, self.path)


def site_path(post: Post, path: Path) -> str | None:
    """The path on the Jekyll site of ``post`` read from ``path``: /<category>/YYYY/MM/DD/<name>.html."""
    return _site_path(post.category, post.date_path, path.stem)


def _site_path(category: str | None, date_path: str | None, stem: str) -> str | None:
    """/<category>/<date_path>/<name>.html, the name being the post file's ``stem`` less its date and version."""
    if not date_path or not category:
        return None
    name = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", stem).split("__")[0]
    return f"/{category}/{date_path}/{name}.html"


def post_files(folder: str | Path) -> Iterator[Path]:
    """The ``*.md`` files under ``folder`` in ``sorted(folder.glob("**/*.md"))``'s order (a depth-first walk,
    each directory's entries by name; symlinked directories not followed), without a list of every path
    (~320 bytes a path: 32 MB at 100k posts)."""
    with os.scandir(folder) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from post_files(entry.path)
        elif entry.name.endswith(".md"):
            yield Path(entry.path)


def _posts(folder: str | Path) -> Iterator[tuple[Path, Post]]:
    """(path, post) for every post file of ``folder`` with an infoCode, in file order; unreadable files logged."""
    for path in post_files(folder):
        try:
            post = parse_post(path.read_text(encoding="utf-8"), path.name)
        except (PageError, UnicodeDecodeError) as exc:
            log.warning("replica: skipping %s: %s", path, exc)
            continue
        if post.info_code:
            yield path, post


def load_archive(folder: str | Path) -> list[Entry]:
    """Entries for every post with an infoCode, newest first; versions of one post collapse into one."""
    by_code: dict[str, Entry] = {}
    for path, post in _posts(folder):
        old = by_code.get(post.info_code)
        if old is None or version_preference(path, post) > version_preference(old.path, old.post):
            by_code[post.info_code] = Entry(post.info_code, post, path)
    return sorted(by_code.values(), key=lambda e: (e.showtime, e.code), reverse=True)


class IndexEntry:
    """What the replica keeps of one article (the rest is read from its file when served): the same
    ``code``, ``showtime``, ``market_type`` and ``site_path`` as :class:`Entry`; the file as a path relative
    to the archive folder (``rel``); categories, first tag and date path interned (few distinct values)."""

    __slots__ = ("categories", "code", "date_path", "market_type", "rel", "showtime", "tag")

    def __init__(self, entry: Entry, folder: Path) -> None:
        post = entry.post
        self.code = entry.code
        self.rel = str(entry.path.relative_to(folder))
        self.showtime = entry.showtime
        self.market_type = entry.market_type
        self.categories = _intern(tuple(sys.intern(c) for c in post.categories))
        self.tag = sys.intern(post.tags[0]) if post.tags else None
        self.date_path = sys.intern(post.date_path) if post.date_path else None

    @property
    def category(self) -> str | None:
        return self.categories[0] if self.categories else None

    @property
    def site_path(self) -> str | None:
        """As :func:`site_path` of the post (worked out when asked: not kept)."""
        return _site_path(self.category, self.date_path, Path(self.rel).stem)


_TUPLES: dict[tuple, tuple] = {}


def _intern(value: tuple) -> tuple:
    return _TUPLES.setdefault(value, value)


def index_archive(folder: str | Path) -> list[IndexEntry]:
    """:func:`load_archive`'s entries (same posts, same order) as :class:`IndexEntry`: no post is kept."""
    folder = Path(folder)
    best: dict[str, IndexEntry] = {}
    for path, post in _posts(folder):
        old = best.get(post.info_code)
        if old is not None:     # another version of a post (rare): read the kept one again to compare
            old_path = folder / old.rel
            old_post = parse_post(old_path.read_text(encoding="utf-8"), old_path.name)
            if version_preference(path, post) <= version_preference(old_path, old_post):
                continue
        best[post.info_code] = IndexEntry(Entry(post.info_code, post, path), folder)
    return sorted(best.values(), key=lambda e: (e.showtime, e.code), reverse=True)


class PostCache:
    """The parsed post of an :class:`IndexEntry` of ``folder``, read from its file; the last ``size`` kept
    (thread-safe).

    A crawl reads a list page, then the articles it lists: one parse an article as long as ``size`` covers
    the list pages in flight."""

    def __init__(self, folder: str | Path, size: int = 2048) -> None:
        self.folder = Path(folder)
        self.size = size
        self.reads = 0
        self._posts: OrderedDict[str, Post] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, entry: IndexEntry) -> Post:
        with self._lock:
            post = self._posts.get(entry.rel)
            if post is not None:
                self._posts.move_to_end(entry.rel)
                return post
        path = self.folder / entry.rel
        post = parse_post(path.read_text(encoding="utf-8"), path.name)
        with self._lock:
            self.reads += 1
            self._posts[entry.rel] = post
            while len(self._posts) > self.size:
                self._posts.popitem(last=False)
        return post
