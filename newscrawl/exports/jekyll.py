"""Export stored articles as Jekyll posts in the prototype's layout (a site that ``jekyll build`` builds).

One post per article, ``_posts/YYYY-MM-DD-<id>.md``: the date published, else the date its infoCode starts
with (``202205262391921712`` → 2022-05-26); an article with neither is written as ``_posts/<id>.md`` (the
importer reads it, Jekyll skips it) and named in ``JekyllExport.undated``::

    ---
    layout: post
    title: "深化思想引领 … 开好局"
    date: 2021-12-31 11:38:35 +0800
    categories: "nantongribao"
    tags: "南通日报新闻"
    ---
    <div class="newscrawl-body" markdown="0">
    <p>…the sanitised body…</p>
    </div><!-- newscrawl-body -->

    <p>文：陈静黄天玲俞新美</p>                  ← byline_raw lines, so a re-import re-derives them
    <p>（文章来源：南通日报）</p>

    <http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112312232633030>

    <p class="backlinks"><a href="/category/nantongribao.html">返回南通日报新闻</a>｜<a href="/">返回首页</a></p>

Nothing from the database reaches the built page unescaped: every front-matter string is a double-quoted YAML
scalar (``yes``, ``null``, ``2021`` stay strings; controls are escaped), the body sits in a ``markdown="0"``
block (kramdown copies it as HTML, so text such as ``[x](javascript:…)`` stays text) after a second pass of
the clean stage's sanitiser, bylines and back-links are escaped HTML, and the layouts print every value with
Liquid's ``escape``.  Front matter ``id``, ``media`` or ``source`` is added only when the post alone would
not give the stored value back (an id that is no infoCode, a media that is not the tag less 新闻, a source
from no line), and ``render_with_liquid: false`` when the body holds Liquid markup.  With ``site_files`` the
folder also gets ``_config.yml``, the prototype's layouts, a home page and one page per category.
"""
from __future__ import annotations

import glob
import hashlib
import html
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl.exports.jekyll_names import (
    PostNames,
    jekyll_slug,
    post_category,
    post_date,
    post_filename,
    post_filenames,
    safe_name,
)
from newscrawl.pages.jekyll import BODY_CLOSE, BODY_OPEN, parse_post, post_id
from newscrawl.text.byline_grammar import parse_byline_line  # one byline line on its own, or None
from newscrawl.text.dates import parse_iso
from newscrawl.text.sanitize import sanitize_html  # the clean stage's nh3 allow-list

#: what YAML (1.1 and 1.2, as Jekyll's Psych reads it) cannot hold as such in a double-quoted scalar, or
#: would read as a line break: C0/C1 controls, DEL, lone surrogates, U+FFFE/U+FFFF, NEL, LS, PS, BOM
_YAML_UNSAFE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\ufffe\uffff]")


def _yaml_escape(m: re.Match) -> str:
    char = m.group(0)
    return "\\ufffd" if "\ud800" <= char <= "\udfff" else f"\\u{ord(char):04x}"


def yaml_string(value: str | None) -> str:
    """A double-quoted YAML scalar that YAML (and ``json.loads``) reads back as exactly this string; '""' for None.

    Every string value of the front matter is written so: unquoted, ``yes``, ``off``, ``null``, ``2021``,
    ``0x1F``, ``1_000`` or ``1.0`` would come back as a boolean, null or number (and Jekyll drops such a post).
    Quotes, colons, '#', leading '-', '*', '&', '!', '{' … are safe inside it; control characters, DEL and the
    Unicode line separators are written as ``\\uXXXX`` escapes. A value with a line break is joined into one line.
    """
    text = " ".join(value.split()) if value and "\n" in value else (value or "")
    return _YAML_UNSAFE_RE.sub(_yaml_escape, json.dumps(text, ensure_ascii=False))


def jekyll_date(published_at: str | None) -> str | None:
    """'2021-12-31T11:38:35+08:00' → '2021-12-31 11:38:35 +0800' (the prototype's front-matter date)."""
    when = parse_iso(published_at)
    if when is None:
        return None
    return f"{when.year:04d}-{when:%m-%d %H:%M:%S}" + (when.strftime(" %z") if when.tzinfo else " +0800")


def _tags(row: dict[str, Any]) -> list[str]:
    tags = row.get("tags")
    if isinstance(tags, str):
        try:
            tags = json.loads(tags)
        except json.JSONDecodeError:
            tags = [tags]
    return [t for t in (" ".join(str(t).split()).replace(" ", "_") for t in tags or []) if t]


def _share_line(row: dict[str, Any]) -> str | None:
    for url in (row.get("url"), row.get("share_url")):
        if url and re.match(r"^(?:https?:)?//[^>\s]+$", url):
            return f"<{url}>"
    return None


def category_page(cat: str) -> str:
    """The file name (no extension) of a category's page: the category itself when it is a safe name, else
    its safe name and a short hash (so '南通' and '苏州' do not share one page)."""
    name = safe_name(cat)
    return name if name == cat else f"{name}-{hashlib.sha1(cat.encode('utf-8')).hexdigest()[:8]}"


def front_matter(fields: Iterable[tuple[str, str]]) -> str:
    """A post's front matter: ``---``, ``layout: post``, one ``key: value`` line per field in order, ``---``
    (no final newline). Values are written as given: the caller quotes them (this export with
    :func:`yaml_string`; the replica as the prototype did)."""
    return "\n".join(["---", "layout: post", *(f"{key}: {value}" for key, value in fields), "---"])


def _front_matter(row: dict[str, Any], extra: dict[str, str]) -> str:
    fields = [("title", yaml_string(row.get("title")))]
    date = jekyll_date(row.get("published_at"))
    if date:
        fields.append(("date", date))
    cat = post_category(row)
    if cat:
        fields.append(("categories", yaml_string(cat)))
    tags = _tags(row)
    if tags:
        fields.append(("tags", yaml_string(" ".join(tags))))
    return front_matter([*fields, *extra.items()])


_TRAIL_LINE_RE = re.compile(r"^[（(][^()（）]{1,40}[)）]$")
_TRAIL_AFTER_RE = re.compile(r"[。！？!?…”\"’」』.；;）)]</p>$")


def _captions(images: Any) -> list[str]:
    if isinstance(images, str):
        try:
            images = json.loads(images)
        except json.JSONDecodeError:
            return []
    return [(im.get("caption") or "").strip() for im in images or [] if isinstance(im, dict)]


def _onto_last_paragraph(content_html: str, line: str, images: Any) -> bool:
    """Whether a bracketed byline line was taken off the end of the last paragraph (so goes back onto it).

    Yes when an image caption says so (caption = paragraph + bracket); no when the paragraph is a whole
    caption; else yes only for a bracket that is no byline line on its own ('(央视新闻)', not
    '（文章来源：南通日报）', which the prototype's posts carry as a paragraph of its own).
    """
    if not _TRAIL_LINE_RE.match(line) or not _TRAIL_AFTER_RE.search(content_html):
        return False
    m = re.search(r"<p>([^<]*)</p>$", content_html)
    last = html.unescape(m.group(1)).strip() if m else None
    captions = _captions(images)
    if last is not None and last + line in captions:
        return True
    if last is not None and last in captions:
        return False
    return parse_byline_line(line) is None


def _body(row: dict[str, Any]) -> str:
    content = (row.get("content_html") or "").strip()
    lines = [line.strip() for line in (row.get("byline_raw") or "").splitlines() if line.strip()]
    if lines and _onto_last_paragraph(content, lines[-1], row.get("images")):
        content = content[: -len("</p>")] + html.escape(lines.pop(), quote=False) + "</p>"
    parts = [_raw_block(content)] if content else []
    if lines:
        parts.append("\n".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines))
    share = _share_line(row)
    if share:
        parts.append(share)
    parts.append(_backlinks(row))
    return "\n\n".join(p for p in parts if p)


def _raw_block(content: str) -> str:
    """The article body inside ``<div class="newscrawl-body" markdown="0">``: kramdown passes it through as HTML
    (a text '[x](javascript:…)' or a '{: onclick=…}' line in it stays text, never a link or an attribute).
    The body is sanitised again with the clean stage's allow-list: a no-op on what the pipelines stored; a row
    written by other means loses its scripts, ``on…`` attributes and ``javascript:`` links, and its tags are
    balanced (a stray ``</div>`` would end the block early and let kramdown read the rest as Markdown)."""
    return f"{BODY_OPEN}\n{sanitize_html(content)}\n{BODY_CLOSE}"


def _backlinks(row: dict[str, Any]) -> str:
    """The back-links line, in HTML (a tag such as 'a](javascript:…)' cannot become Markdown), text escaped."""
    cat, tags = post_category(row), _tags(row)
    links = [(f"/category/{category_page(cat)}.html", f"返回{tags[0]}")] if cat and tags else []
    links.append(("/", "返回首页"))
    anchors = (f'<a href="{html.escape(href)}">{html.escape(text)}</a>' for href, text in links)
    return '<p class="backlinks">' + "｜".join(anchors) + "</p>"


def render_post(row: dict[str, Any], filename: str | None = None) -> str:
    """The post file's text for a stored article (a row as ``newscrawl.store.db.iter_articles`` gives it), to be
    written as ``filename`` (default: ``post_filename(row)``)."""
    extra: dict[str, str] = {}
    body = _body(row)
    filename = filename or post_filename(row)
    probe = parse_post(_front_matter(row, {}) + "\n" + body + "\n", filename)
    if post_id(probe) != row["id"]:
        extra["id"] = yaml_string(str(row["id"]))
    if (row.get("media") or None) != probe.media:
        extra["media"] = yaml_string(row.get("media"))
    source = row.get("source")
    if source and source not in (row.get("byline_raw") or ""):
        extra["source"] = yaml_string(source)
    if "{{" in body or "{%" in body:
        extra["render_with_liquid"] = "false"
    return _front_matter(row, extra) + "\n" + body + "\n"


# --- the site around the posts --------------------------------------------------------------------------

CONFIG_YML = """\
# Written by `newscrawl export --format jekyll`; build with `jekyll build` (Jekyll ≥ 4).
title: finews
description: 本地新闻存档
lang: zh-CN
timezone: Asia/Shanghai
permalink: date
markdown: kramdown
excerpt_separator: ""
future: true
exclude: [README.md, Gemfile, Gemfile.lock, vendor]
"""

DEFAULT_LAYOUT = """\
<!DOCTYPE html>
<html lang="{{ site.lang | default: "zh-CN" }}">
  <head>
    <meta charset="UTF-8">
    <meta property="og:title" content="{{ page.title | escape }}">
    <title>{% if page.title %}{{ page.title | escape }} | {% endif %}{{ site.title | escape }}</title>
  </head>
  <body>
    <div class="wrapper">
      <header>
        <h1><a href="{{ "/" | relative_url | escape }}">{{ site.title | escape }}</a></h1>
        <p>{{ site.description | escape }}</p>
      </header>
      <section>

      {{ content }}

      </section>
    </div>
  </body>
</html>
"""

# The prototype's _layouts/post.html and _layouts/category.html, with every value HTML-escaped.
POST_LAYOUT = """\
---
layout: default
---

<small>(GMT+8, Asia/Shanghai, CST) {{ page.date | date: "%Y-%m-%d %H:%M:%S" }}</small>
<h1>{{ page.title | escape }}</h1>

{{content}}

{% if page.tags %}
  <small>tags: {% for tag in page.tags %}<em>{{ tag | escape }}</em>{% unless forloop.last %} - {% endunless %}{% endfor %}</small>
{% endif %}
"""

CATEGORY_LAYOUT = """\
---
layout: default
---

{% for post in site.categories[page.category]  limit:1 %}
<h2 id="{{ page.title | escape }}">{{ page.title | escape }}</h2>
{% endfor %}
<ul>
  {% for post in site.categories[page.category] %}
    <li><a href="{{ post.url | relative_url | escape }}">{{ post.title | escape }}</a></li>
  {% endfor %}
</ul>
"""

HOME_PAGE = """\
---
layout: default
title: 首页
permalink: /
---

<h2 id="categories">分类</h2>
<ul class="categories">
{%- assign category_pages = site.pages | where: "layout", "category" | sort: "category" %}
{%- for cat_page in category_pages %}
  <li><a href="{{ cat_page.url | relative_url | escape }}">{{ cat_page.category | escape }}</a></li>
{%- endfor %}
</ul>

<h2 id="最近100条新消息">最近100条新消息</h2>
<ul class="posts">
  {% for post in site.posts limit:100 %}
  <li><a href="{{ post.url | relative_url | escape }}">{{ post.title | escape }}</a></li>
  {% endfor %}
</ul>
"""


def site_files(categories: dict[str, str]) -> dict[str, str]:
    """Relative path → text of the site files: config, layouts, home page, one page per category.

    ``categories`` maps a category slug to its page title (the first tag of its posts).
    """
    files = {"_config.yml": CONFIG_YML, "_layouts/default.html": DEFAULT_LAYOUT,
             "_layouts/post.html": POST_LAYOUT, "_layouts/category.html": CATEGORY_LAYOUT,
             "index.html": HOME_PAGE}
    for slug, title in sorted(categories.items()):
        files[f"category/{category_page(slug)}.html"] = (
            f"---\nlayout: category\ntitle: {yaml_string(title)}\ncategory: {yaml_string(slug)}\n---\n")
    return files


@dataclass
class JekyllExport:
    """What ``write_jekyll`` wrote: the number of posts, and the ids of the articles that have no date (their
    posts are written as ``_posts/<id>.md``, which the importer reads but ``jekyll build`` leaves out)."""

    posts: int = 0
    undated: list[str] = field(default_factory=list)

    def warning(self, limit: int = 10) -> str | None:
        """One line naming the undated articles (the first ``limit``), None when every post has a date."""
        if not self.undated:
            return None
        shown = ", ".join(self.undated[:limit]) + (f" … and {len(self.undated) - limit} more"
                                                   if len(self.undated) > limit else "")
        return (f"warning: {len(self.undated)} of {self.posts} articles have no date (no published_at, no date "
                f"in the id), so jekyll build leaves their posts out of the site: {shown}")


def write_jekyll(rows: Iterable[dict[str, Any]] | Callable[[], Iterable[dict[str, Any]]], out_dir: str | Path,
                 with_site_files: bool = True) -> JekyllExport:
    """Write each row as ``out_dir/_posts/<file>`` (and the site files); returns the count and the undated ids.

    File names are those of :class:`newscrawl.exports.jekyll_names.PostNames`, which needs every article of
    the export first: ``rows`` is read twice, so a function giving them anew (a database query) is called
    twice instead of the rows being held in memory. A post file an earlier export wrote for one of these
    articles under another name (its old name before a collision was set apart) is removed."""
    again = rows if callable(rows) else (lambda listed=list(rows): listed)
    out = Path(out_dir)
    posts = out / "_posts"
    posts.mkdir(parents=True, exist_ok=True)
    names = PostNames(again())
    categories: dict[str, str] = {}
    result = JekyllExport()
    for row in again():
        name = names(row)
        (posts / name).write_text(render_post(row, name), encoding="utf-8")
        cat, tags = post_category(row), _tags(row)
        if cat:
            categories.setdefault(cat, tags[0] if tags else cat)
        if post_date(row) is None:
            result.undated.append(str(row["id"]))
        result.posts += 1
    _remove_old_names(posts, names)
    if with_site_files:
        for rel, text in site_files(categories).items():
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return result


def _remove_old_names(posts: Path, names: PostNames) -> None:
    """Remove the files an earlier export wrote, under their plain name or a ``-2`` one, for articles whose
    posts now have another name (else Jekyll would build both at one URL): only a file whose post is one of
    this export's articles, never a file of this export."""
    written = {name.casefold() for name in names.names.values()}
    for plain in sorted(set(names.moved.values())):
        for path in posts.glob(glob.escape(plain[: -len(".md")]) + "*.md"):
            if path.name.casefold() in written or not path.is_file():
                continue
            try:
                owner = post_id(parse_post(path.read_text(encoding="utf-8"), path.name))
            except (OSError, UnicodeDecodeError, ValueError):
                continue
            if owner in names.names and names.names[owner] != path.name:
                path.unlink()


__all__ = ["JekyllExport", "category_page", "front_matter", "jekyll_date", "jekyll_slug", "post_date", "post_filename",
           "post_filenames", "render_post", "safe_name", "site_files", "write_jekyll", "yaml_string"]
