"""Parser for Jekyll posts in the prototype's format (front matter, article HTML, share link, back-links)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from newscrawl.pages import PageError
from newscrawl.pages.finews import INFO_CODE_RE, parse_target

#: Feeds whose Jekyll tag is not "<media>新闻": category → media name.
FEED_MEDIA: dict[str, str | None] = {"emnews": "东方财富网", "sitenews": None}

_FILE_CODE_RE = re.compile(r"(?:^|-)([A-Z]{0,4}\d{12,24})(?:__[^.]*)?\.(?:md|markdown|html)$")
_FILE_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-")
_SHARE_LINE_RE = re.compile(r"^<((?:https?:)?//[^>\s]*)?>$")
_BACKLINK_LINE_RE = re.compile(r"^(\[[^\]]*\]\([^)]*\)\s*[｜|]?\s*)+$")


@dataclass
class Post:
    """One Jekyll post, parsed."""

    title: str | None
    date: str | None                  # the raw front-matter date value ('2021-12-31 11:38:35 +0800'), None if empty
    categories: list[str]
    tags: list[str]
    body_html: str                    # the article body as HTML (plain-text paragraphs wrapped in <p>)
    digest: str | None = None         # a leading '> digest' blockquote, if any
    share_url: str | None = None
    info_code: str | None = None
    filename: str | None = None
    front_matter: dict[str, str] = field(default_factory=dict)

    @property
    def category(self) -> str | None:
        return self.categories[0] if self.categories else None

    @property
    def media(self) -> str | None:
        """The outlet: a known feed's media, else the first tag without its 新闻 suffix."""
        if self.category in FEED_MEDIA:
            return FEED_MEDIA[self.category]
        if self.tags:
            tag = self.tags[0]
            return tag[:-2] if tag.endswith("新闻") and len(tag) > 2 else tag
        return None

    @property
    def date_path(self) -> str | None:
        """'YYYY/MM/DD' from the date or the file name, as in the site's post URLs."""
        m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", self.date or "")
        if not m and self.filename:
            m = _FILE_DATE_RE.match(PurePath(self.filename).name)
        if not m:
            return None
        return f"{int(m.group(1)):04d}/{int(m.group(2)):02d}/{int(m.group(3)):02d}"


def _scalar(value: str) -> str:
    """A YAML scalar as written by the prototype: plain, "double-quoted" or 'single-quoted'."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value[1:-1].replace('\\"', '"')
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Front matter (as raw string values) and the rest; front matter may follow blank lines."""
    stripped = text.lstrip("\ufeff").lstrip("\r\n \t")
    lines = stripped.splitlines()
    if not lines or lines[0].strip() != "---":
        raise PageError("no_front_matter", "the post does not start with a --- front matter block")
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        raise PageError("no_front_matter", "the front matter block is not closed")
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        if ":" in line and not line.startswith((" ", "\t", "-")):
            key, _, value = line.partition(":")
            meta[key.strip()] = value
    return meta, "\n".join(lines[end + 1:])


def _blocks_to_html(blocks: list[str]) -> str:
    parts = []
    for block in blocks:
        if block.lstrip().startswith("<"):
            parts.append(block.strip())
        else:
            text = " ".join(line.strip() for line in block.splitlines() if line.strip())
            parts.append(f"<p>{text}</p>")
    return "\n".join(parts)


def code_from_filename(name: str) -> str | None:
    m = _FILE_CODE_RE.search(PurePath(name).name)
    return m.group(1) if m else None


def parse_post(text: str, filename: str | None = None) -> Post:
    """Parse a prototype post; the infoCode comes from its share link, else from the file name."""
    meta, rest = split_front_matter(text)
    share_url = None
    blocks: list[str] = []
    digest_lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append("\n".join(current))
            current.clear()

    for line in rest.splitlines():
        s = line.strip()
        if not s:
            flush()
        elif _SHARE_LINE_RE.match(s):
            flush()
            share_url = _SHARE_LINE_RE.match(s).group(1) or share_url
        elif _BACKLINK_LINE_RE.match(s) and "返回" in s:
            flush()
        elif s.startswith(">") and not blocks and not current:
            digest_lines.append(s.lstrip(">").strip())
        else:
            current.append(line)
    flush()

    code = None
    if share_url:
        try:
            code = parse_target(share_url).code
        except PageError:
            code = None
    if not code and filename:
        code = code_from_filename(filename)
    if code and not INFO_CODE_RE.match(code):
        code = None
    title = _scalar(meta.get("title", "")) or None
    date = _scalar(meta.get("date", "")) or None
    if date and not re.search(r"\d{4}\s*[-/年.]", date):
        date = None
    return Post(
        title=title,
        date=date,
        categories=_scalar(meta.get("categories", "")).split(),
        tags=_scalar(meta.get("tags", "")).split(),
        body_html=_blocks_to_html(blocks),
        digest=" ".join(digest_lines) or None,
        share_url=share_url,
        info_code=code,
        filename=PurePath(filename).name if filename else None,
        front_matter={k: _scalar(v) for k, v in meta.items()},
    )
