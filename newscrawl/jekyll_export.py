"""Export stored articles as Jekyll posts in the prototype's layout (a site that ``jekyll build`` builds).

One post per article, ``_posts/YYYY-MM-DD-<id>.md`` (``_posts/<id>.md`` when the article has no date:
Jekyll skips it, the importer does not)::

    ---
    layout: post
    title: "深化思想引领 … 开好局"
    date: 2021-12-31 11:38:35 +0800
    categories: nantongribao
    tags: 南通日报新闻
    ---
    <p>…the sanitised body…</p>
    <p>文：陈静黄天玲俞新美</p>                  ← byline_raw lines, so a re-import re-derives them
    <p>（文章来源：南通日报）</p>

    <http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112312232633030>

    [返回南通日报新闻](/category/nantongribao.html)｜[返回首页](/)

Front matter ``id``, ``media`` or ``source`` is added only when the post alone would not give the stored
value back (an id that is no infoCode, a media that is not the tag less 新闻, a source from no line), and
``render_with_liquid: false`` when the body holds Liquid markup.  With ``site_files`` the folder also
gets ``_config.yml``, the prototype's layouts, a home page and one page per category.
"""
from __future__ import annotations

import html
import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable

from newscrawl.pages.jekyll import parse_post, post_id
from pipelines.bylines import _parse_line as _byline_line  # one byline line on its own, or None

_PLAIN_SCALAR_RE = re.compile(r"^[0-9A-Za-z\u3400-\u9fff\uf900-\ufaff_][0-9A-Za-z\u3400-\u9fff\uf900-\ufaff_.+-]*$")
_UNSAFE_YAML_CHARS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\u0085": "\\u0085", "\ufeff": "\\ufeff"}


def yaml_string(value: str | None) -> str:
    """A double-quoted YAML scalar (JSON escaping, which YAML reads back exactly); '""' for None.

    Quotes of every kind, colons, '#', leading '-', '*', '&', '!', '{' … are all safe inside it.
    """
    text = json.dumps(" ".join((value or "").split()) if value and "\n" in value else (value or ""),
                      ensure_ascii=False)
    for char, escaped in _UNSAFE_YAML_CHARS.items():
        text = text.replace(char, escaped)
    return text


def yaml_word(value: str) -> str:
    """A front-matter word (category, tag): plain when it is plainly safe, else double-quoted."""
    return value if _PLAIN_SCALAR_RE.match(value) else yaml_string(value)


def safe_name(value: str) -> str:
    """A path-safe file-name part: no slashes, no '..', no leading dot, only word characters, '.' and '-'."""
    name = re.sub(r"[^\w.-]+", "_", value, flags=re.ASCII).strip("._") or "post"
    return re.sub(r"\.{2,}", ".", name)[:120]


def _when(published_at: str | None) -> datetime | None:
    if not published_at:
        return None
    try:
        return datetime.fromisoformat(published_at)
    except ValueError:
        return None


def jekyll_date(published_at: str | None) -> str | None:
    """'2021-12-31T11:38:35+08:00' → '2021-12-31 11:38:35 +0800' (the prototype's front-matter date)."""
    when = _when(published_at)
    if when is None:
        return None
    return when.strftime("%Y-%m-%d %H:%M:%S") + (when.strftime(" %z") if when.tzinfo else " +0800")


def post_filename(row: dict[str, Any]) -> str:
    """'YYYY-MM-DD-<id>.md' (the date as published), or '<id>.md' without a date."""
    when = _when(row.get("published_at"))
    name = safe_name(str(row["id"]))
    return f"{when:%Y-%m-%d}-{name}.md" if when else f"{name}.md"


def _tags(row: dict[str, Any]) -> list[str]:
    tags = row.get("tags")
    if isinstance(tags, str):
        try:
            tags = json.loads(tags)
        except json.JSONDecodeError:
            tags = [tags]
    return [t for t in (" ".join(str(t).split()).replace(" ", "_") for t in tags or []) if t]


def _category(row: dict[str, Any]) -> str | None:
    cat = (row.get("category") or row.get("media_slug") or "").strip()
    cat = re.sub(r"[\s/\\]+", "_", cat).strip("._")
    return cat or None


def _share_line(row: dict[str, Any]) -> str | None:
    for url in (row.get("url"), row.get("share_url")):
        if url and re.match(r"^(?:https?:)?//[^>\s]+$", url):
            return f"<{url}>"
    return None


def _front_matter(row: dict[str, Any], extra: dict[str, str]) -> str:
    lines = ["---", "layout: post", f"title: {yaml_string(row.get('title'))}"]
    date = jekyll_date(row.get("published_at"))
    if date:
        lines.append(f"date: {date}")
    cat = _category(row)
    if cat:
        lines.append(f"categories: {yaml_word(cat)}")
    tags = _tags(row)
    if tags:
        lines.append("tags: " + " ".join(yaml_word(t) for t in tags) if all(_PLAIN_SCALAR_RE.match(t) for t in tags)
                     else "tags: " + yaml_string(" ".join(tags)))
    lines += [f"{key}: {value}" for key, value in extra.items()]
    lines.append("---")
    return "\n".join(lines)


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
    return _byline_line(line) is None


def _body(row: dict[str, Any]) -> str:
    content = (row.get("content_html") or "").strip()
    lines = [line.strip() for line in (row.get("byline_raw") or "").splitlines() if line.strip()]
    if lines and _onto_last_paragraph(content, lines[-1], row.get("images")):
        content = content[: -len("</p>")] + html.escape(lines.pop(), quote=False) + "</p>"
    parts = [content]
    if lines:
        parts.append("\n".join(f"<p>{html.escape(line, quote=False)}</p>" for line in lines))
    share = _share_line(row)
    if share:
        parts.append(share)
    cat, tags = _category(row), _tags(row)
    back = f"[返回{tags[0]}](/category/{cat}.html)｜" if cat and tags else ""
    parts.append(back + "[返回首页](/)")
    return "\n\n".join(p for p in parts if p)


def render_post(row: dict[str, Any]) -> str:
    """The post file's text for a stored article (a row as ``newscrawl.db.iter_articles`` gives it)."""
    extra: dict[str, str] = {}
    body = _body(row)
    filename = post_filename(row)
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
exclude: [README.md, Gemfile, Gemfile.lock, vendor]
"""

DEFAULT_LAYOUT = """\
<!DOCTYPE html>
<html lang="{{ site.lang | default: "zh-CN" }}">
  <head>
    <meta charset="UTF-8">
    <meta property="og:title" content="{{ page.title }}">
    <title>{% if page.title %}{{ page.title }} | {% endif %}{{ site.title }}</title>
  </head>
  <body>
    <div class="wrapper">
      <header>
        <h1><a href="{{ "/" | relative_url }}">{{ site.title }}</a></h1>
        <p>{{ site.description }}</p>
      </header>
      <section>

      {{ content }}

      </section>
    </div>
  </body>
</html>
"""

# The prototype's _layouts/post.html and _layouts/category.html.
POST_LAYOUT = """\
---
layout: default
---

<small>(GMT+8, Asia/Shanghai, CST) {{ page.date | date: "%Y-%m-%d %H:%M:%S" }}</small>
<h1>{{ page.title }}</h1>

{{content}}

{% if page.tags %}
  <small>tags: <em>{{ page.tags | join: "</em> - <em>" }}</em></small>
{% endif %}
"""

CATEGORY_LAYOUT = """\
---
layout: default
---

{% for post in site.categories[page.category]  limit:1 %}
<h2 id="{{ page.title }}">{{ page.title }}</h2>
{% endfor %}
<ul>
  {% for post in site.categories[page.category] %}
    <li><a href="{{ post.url | relative_url }}">{{ post.title }}</a></li>
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
{%- for category in site.categories %}
  <li><a href="{{ "/category/" | append: category[0] | append: ".html" | relative_url }}">{{ category[0] }}</a></li>
{%- endfor %}
</ul>

<h2 id="最近100条新消息">最近100条新消息</h2>
<ul class="posts">
  {% for post in site.posts limit:100 %}
  <li><a href="{{ post.url | relative_url }}">{{ post.title }}</a></li>
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
        files[f"category/{safe_name(slug)}.html"] = (
            f"---\nlayout: category\ntitle: {yaml_string(title)}\ncategory: {yaml_word(slug)}\n---\n")
    return files


def write_jekyll(rows: Iterable[dict[str, Any]], out_dir: str | Path, with_site_files: bool = True) -> int:
    """Write each row as ``out_dir/_posts/<file>`` (and the site files); returns the number of posts."""
    out = Path(out_dir)
    posts = out / "_posts"
    posts.mkdir(parents=True, exist_ok=True)
    categories: dict[str, str] = {}
    n = 0
    for row in rows:
        path = posts / post_filename(row)
        path.write_text(render_post(row), encoding="utf-8")
        cat, tags = _category(row), _tags(row)
        if cat:
            categories.setdefault(cat, tags[0] if tags else cat)
        n += 1
    if with_site_files:
        for rel, text in site_files(categories).items():
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    return n


__all__ = ["jekyll_date", "post_filename", "render_post", "safe_name", "site_files",
           "write_jekyll", "yaml_string"]
