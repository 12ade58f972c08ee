"""A synthetic article as a post file of the prototype's Jekyll site: front matter, body, share link, back-links.

The front-matter frame and the file name are the export's (newscrawl/exports/jekyll.py); the values are written
as the prototype wrote them (categories and tags unquoted, the body as raw HTML, Markdown back-links), since the
replica serves the prototype's posts as test input."""
from __future__ import annotations

from typing import TYPE_CHECKING

from newscrawl.exports import jekyll

if TYPE_CHECKING:
    from newscrawl.replica.synth import SyntheticArticle  # deferred: type hints only (synth imports render)

SHARE_URL = "http://finews.zning.xyz/html_News/NewsShare.html?infoCode={code}"
SITE = "//finews.withounder.com"


def _yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_post(a: SyntheticArticle) -> str:
    """The post text in the prototype's layout (front matter, body, share link, back-links)."""
    head = jekyll.front_matter([("title", _yaml_quote(a.title)), ("date", f"{a.published} +0800"),
                                ("categories", a.media_slug), ("tags", f"{a.media}新闻")])
    return (
        f"{head}\n"
        f"{a.body_html}\n"
        "\n"
        f"<{SHARE_URL.format(code=a.info_code)}>\n"
        "\n"
        f"[返回{a.media}新闻]({SITE}/category/{a.media_slug}.html)｜[返回首页]({SITE}/)"
    )


def post_filename(a: SyntheticArticle) -> str:
    """``YYYY-MM-DD-<info_code>.md``, as in the prototype's ``_posts`` (the export's name for the same post)."""
    return jekyll.post_filename({"id": a.info_code, "published_at": a.published})
