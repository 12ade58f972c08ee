"""A synthetic article as a post file of the prototype's Jekyll site: front matter, body, share link, back-links."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newscrawl.replica.synth import SyntheticArticle  # deferred: type hints only (synth imports render)

SHARE_URL = "http://finews.zning.xyz/html_News/NewsShare.html?infoCode={code}"
SITE = "//finews.withounder.com"


def _yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_post(a: SyntheticArticle) -> str:
    """The post text in the prototype's layout (front matter, body, share link, back-links)."""
    return (
        "---\n"
        "layout: post\n"
        f"title: {_yaml_quote(a.title)}\n"
        f"date: {a.published} +0800\n"
        f"categories: {a.media_slug}\n"
        f"tags: {a.media}新闻\n"
        "---\n"
        f"{a.body_html}\n"
        "\n"
        f"<{SHARE_URL.format(code=a.info_code)}>\n"
        "\n"
        f"[返回{a.media}新闻]({SITE}/category/{a.media_slug}.html)｜[返回首页]({SITE}/)"
    )


def post_filename(a: SyntheticArticle) -> str:
    """``YYYY-MM-DD-<info_code>.md``, as in the prototype's ``_posts``."""
    return f"{a.published[:10]}-{a.info_code}.md"
