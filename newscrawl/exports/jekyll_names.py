"""File names of exported Jekyll posts: one file and one page URL of the built site per article.

A post is ``_posts/YYYY-MM-DD-<safe id>.md`` (``<safe id>.md`` without a date; the safe id has every run of
characters other than ASCII letters, digits, ``_``, ``.``, ``-`` as one ``_``). Jekyll 4 builds it at
``/<category, lower case>/YYYY/MM/DD/<slug>.html`` (``permalink: date``), the slug being the name less date
and extension with each run of ``-`` and of other characters than letters, digits and ``_.~!$&'()+,;=@`` as
one ``-``, and no ``-`` at either end (``Utils.slugify``, mode pretty). So two ids can share a file (``a/b``
and ``a:b`` are both ``a_b``) or a page (``a-b``, ``a--b`` and ``-a-b`` are all ``a-b.html``), and one post
would overwrite the other. :class:`PostNames` gives each article of one export a file and a page of its own:
the plain name, unless another article of the export has that file or page too; then the one whose id is its
name and slug as it is (else the first id in sorted order) keeps it, and each other gets ``-<8 hex digits of
SHA-1(id)>`` after its id (more digits in the unlikely case that is taken too). Names depend on the set of
articles exported, never on their order: exporting the same articles again gives the same names. File names
and pages are compared case-insensitively (macOS, Windows).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from datetime import timedelta, timezone
from itertools import chain, count
from typing import Any

from newscrawl.text.dates import parse_iso
from newscrawl.text.ids import code_date

#: The site's time zone (``_config.yml``: Asia/Shanghai, no daylight saving since 1991): Jekyll dates a
#: post's URL by its front-matter date in that zone.
_SITE_ZONE = timezone(timedelta(hours=8))
#: What Jekyll 4's ``Utils.slugify`` (mode ``pretty``) replaces, run by run, with one ``-`` (``-`` itself too).
_SLUG_RUN_RE = re.compile(r"[^\w.~!$&'()+,;=@]+")


def safe_name(value: str) -> str:
    """A path-safe file-name part: no slashes, no '..', no leading dot, only word characters, '.' and '-'."""
    name = re.sub(r"[^\w.-]+", "_", value, flags=re.ASCII).strip("._") or "post"
    return re.sub(r"\.{2,}", ".", name)[:120]


def post_date(row: dict[str, Any]) -> str | None:
    """'YYYY-MM-DD' of the post's file name: the date published, else the date its infoCode starts with
    (Jekyll builds only posts whose file name starts with a date); None when neither gives one."""
    when = parse_iso(row.get("published_at"))
    return f"{when.year:04d}-{when:%m-%d}" if when else code_date(str(row["id"]))


def post_filename(row: dict[str, Any]) -> str:
    """'YYYY-MM-DD-<id>.md' (see post_date), or '<id>.md' for an article that has no date at all: the plain
    name, before :func:`post_filenames` sets apart the articles of one export that share it."""
    day = post_date(row)
    name = safe_name(str(row["id"]))
    return f"{day}-{name}.md" if day else f"{name}.md"


def jekyll_slug(stem: str) -> str:
    """The slug Jekyll 4 puts into a post's URL for a file-name stem (the name less date and extension):
    trailing dots dropped, each run of characters other than letters, digits and ``_.~!$&'()+,;=@`` one
    ``-`` (``--`` too), then a leading and a trailing ``-`` dropped."""
    slug = _SLUG_RUN_RE.sub("-", stem.rstrip("."))
    return slug.removeprefix("-").removesuffix("-")


def post_category(row: dict[str, Any]) -> str | None:
    """The post's category, a folder of its URL on the site: letters (any script), digits, '_', '-' and '.'
    kept, every other run of characters (spaces, '/', ':', quotes …) written as '_'."""
    cat = (row.get("category") or row.get("media_slug") or "").strip()
    cat = re.sub(r"[^\w.-]+", "_", cat).strip("._")
    return cat or None


def _page_day(row: dict[str, Any]) -> str | None:
    """'YYYY/MM/DD' of the post's URL: its front-matter date in the site's zone, else its file name's date."""
    when = parse_iso(row.get("published_at"))
    if when is not None:
        local = when.astimezone(_SITE_ZONE) if when.tzinfo else when
        return f"{local.year:04d}/{local:%m/%d}"
    day = post_date(row)
    return day.replace("-", "/") if day else None


class _Post:
    """What one article's post name depends on (kept for every article of an export: a few strings)."""

    __slots__ = ("day", "folder", "id", "page_day", "stem")

    def __init__(self, row: dict[str, Any]) -> None:
        self.id = str(row["id"])
        self.day = post_date(row)
        self.stem = safe_name(self.id)
        self.folder = (post_category(row) or "").lower()
        self.page_day = _page_day(row)

    @property
    def faithful(self) -> bool:
        """Its id is its file name's stem and its page's slug as it is."""
        return self.stem == self.id and jekyll_slug(self.id) == self.id

    def name(self, suffix: str = "") -> str:
        stem = f"{self.stem}-{suffix}" if suffix else self.stem
        return f"{self.day}-{stem}.md" if self.day else f"{stem}.md"

    def claims(self, name: str) -> set[str]:
        """The file and the page (Jekyll builds only dated posts) a post of this name takes, case-folded."""
        out = {"file:" + name.casefold()}
        if self.day and self.page_day:
            slug = jekyll_slug(name[len(self.day) + 1:-len(".md")])
            out.add("page:" + "/".join(p for p in (self.folder, self.page_day, slug) if p).casefold())
        return out


class PostNames:
    """The file name of each article's post in one export (see the module docstring)."""

    def __init__(self, rows: Iterable[dict[str, Any]]) -> None:
        posts = {}
        for row in rows:
            posts.setdefault(str(row["id"]), _Post(row))
        self.taken: set[str] = set()
        self.names: dict[str, str] = {}
        #: id → plain name, of the articles whose plain name another article of the export kept
        self.moved: dict[str, str] = {}
        ordered = sorted(posts.values(), key=lambda p: (not p.faithful, p.id))
        for post in ordered:                           # the plain names first, for as many as can have them
            if not post.claims(post.name()) & self.taken:
                self._take(post, post.name())
        for post in ordered:
            if post.id not in self.names:
                self.moved[post.id] = post.name()
                self._take(post, self._free_name(post))

    def _take(self, post: _Post, name: str) -> None:
        self.taken |= post.claims(name)
        self.names[post.id] = name

    def _free_name(self, post: _Post) -> str:
        digest = hashlib.sha1(post.id.encode("utf-8")).hexdigest()
        suffixes = chain((digest[:n] for n in (8, 16, 40)), (f"{digest}-{i}" for i in count(2)))
        return next(name for name in map(post.name, suffixes) if not post.claims(name) & self.taken)

    def __call__(self, row: dict[str, Any]) -> str:
        """The file name of ``row``'s post (an article not among the rows given first gets a free one)."""
        key = str(row["id"])
        if key not in self.names:
            post = _Post(row)
            name = post.name()
            self._take(post, name if not post.claims(name) & self.taken else self._free_name(post))
        return self.names[key]


def post_filenames(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Article id → the file name of its post, for the articles of one export (see the module docstring)."""
    return dict(PostNames(rows).names)


__all__ = ["PostNames", "jekyll_slug", "post_category", "post_date", "post_filename", "post_filenames", "safe_name"]
