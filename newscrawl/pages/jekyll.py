"""Parser for Jekyll posts in the prototype's format (front matter, article HTML, share link, back-links)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from newscrawl.items import Article
from newscrawl.pages import PageError
from newscrawl.pages.finews import parse_target
from newscrawl.text.ids import INFO_CODE_RE, code_date, valid_ymd

#: Feeds whose Jekyll tag is not "<media>新闻": category → media name.
FEED_MEDIA: dict[str, str | None] = {"emnews": "东方财富网", "sitenews": None}

#: The ``raw_pages`` kind of a post page fetched from the Jekyll site (the ``site`` spider).
RAW_KIND = "site_post"
_FILE_CODE_RE = re.compile(r"(?:^|-)([A-Z]{0,4}\d{12,24})(?:__[^.]*)?\.(?:md|markdown|html)$")
_FILE_DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})-")
_SHARE_LINE_RE = re.compile(r"^<((?:https?:)?//[^>\s]*)?>$")
_BACKLINK_LINE_RE = re.compile(r"^(\[[^\]]*\]\([^)]*\)\s*[｜|]?\s*)+$")
#: the back-links as the exporter writes them (HTML, so a tag cannot inject Markdown)
_HTML_BACKLINK_LINE_RE = re.compile(r'^<p class="backlinks">(?:<a href="[^"<>]*">返回[^<>]*</a>[｜|]?)+</p>$')
#: the exporter's wrapper around the article body: kramdown copies what is inside as HTML, never as Markdown
BODY_OPEN = '<div class="newscrawl-body" markdown="0">'
BODY_CLOSE = "</div><!-- newscrawl-body -->"
_YMD_RE = re.compile(r"(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})")


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


def file_date(filename: str | None) -> str | None:
    """'YYYY-MM-DD' from a post file name ('2021-12-01-init.md'), the date Jekyll gives a post; else None."""
    m = _FILE_DATE_RE.match(PurePath(filename).name) if filename else None
    return valid_ymd(*m.groups()) if m else None


def usable_date(text: str | None) -> bool:
    """Whether a front-matter date holds a real year-month-day ('date:  +0800' does not)."""
    m = _YMD_RE.search(text or "")
    return bool(m and valid_ymd(*m.groups()))


def _info_code(share_url: str | None, filename: str | None) -> str | None:
    """The infoCode of a post: from its share link, else from its file name."""
    if share_url:
        try:
            return parse_target(share_url).code
        except PageError:
            pass
    return code_from_filename(filename) if filename else None


def parse_post(text: str, filename: str | None = None) -> Post:
    """Parse a prototype post; the infoCode comes from its share link, else from the file name."""
    meta, rest = split_front_matter(text)
    share_url = None
    blocks: list[str] = []
    raw_body = ""
    opened = rest.find(BODY_OPEN)
    closed = rest.rfind(BODY_CLOSE)
    if opened >= 0 and closed > opened and not rest[:opened].strip():     # an exported post: the body as written
        raw_body = rest[opened + len(BODY_OPEN):closed].strip()
        rest = rest[closed + len(BODY_CLOSE):]
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
        elif (_BACKLINK_LINE_RE.match(s) and "返回" in s) or _HTML_BACKLINK_LINE_RE.match(s):
            flush()
        elif s.startswith(">") and not blocks and not current:
            digest_lines.append(s.lstrip(">").strip())
        else:
            current.append(line)
    flush()

    code = _info_code(share_url, filename)
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
        body_html="\n".join(part for part in (raw_body, _blocks_to_html(blocks)) if part),
        digest=" ".join(digest_lines) or None,
        share_url=share_url,
        info_code=code,
        filename=PurePath(filename).name if filename else None,
        front_matter={k: _scalar(v) for k, v in meta.items()},
    )


# --- posts as articles, and the built site's pages (archive import, the `site` spider) -----------------

#: Ids of posts without an infoCode: ``post-`` + 16 hex digits of the SHA-1 of the canonical post path.
HASH_ID_RE = re.compile(r"^post-[0-9a-f]{16}$")
#: A post page on the site: /<category>[/<category>…]/YYYY/MM/DD/<slug>.html
POST_PATH_RE = re.compile(r"^/(?P<cats>(?:[^/]+/)*?)(?P<y>\d{4})/(?P<m>\d{2})/(?P<d>\d{2})/(?P<slug>[^/]+)\.html$")
#: A category page: /category/<slug>.html
CATEGORY_PATH_RE = re.compile(r"^/category/[^/]+\.html$")
_DATE_TEXT_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[+-]\d{2}:?\d{2})?")


def post_slug(filename: str) -> str:
    """The slug of a post file: its name without the date prefix, version suffix and extension."""
    stem = PurePath(filename).name.rsplit(".", 1)[0]
    return re.sub(r"^\d{4}-\d{1,2}-\d{1,2}-", "", stem).split("__")[0]


def canonical_post_path(post: Post) -> str:
    """The post's path on the site (Jekyll's default permalink): /<categories…>/YYYY/MM/DD/<slug>.html.

    Parts that are unknown (no date, no category) are left out; the slug falls back to the title.
    """
    slug = post_slug(post.filename) if post.filename else (post.title or "")
    parts = [*post.categories, *(post.date_path.split("/") if post.date_path else []), f"{slug}.html"]
    return "/" + "/".join(parts)


def stable_post_id(path: str) -> str:
    """``post-`` + 16 hex digits of SHA-1(path): the id of a post that has no infoCode."""
    import hashlib

    return "post-" + hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]


def post_id(post: Post) -> str:
    """An article id for a post: front-matter ``id``, else its infoCode, else a hash id kept in its file
    name (an exported post), else the stable hash of its canonical path."""
    given = (post.front_matter.get("id") or "").strip()
    if given and re.fullmatch(r"[\w.-]{1,100}", given) and ".." not in given:
        return given
    if post.info_code:
        return post.info_code
    slug = post_slug(post.filename) if post.filename else ""
    if HASH_ID_RE.match(slug):
        return slug
    return stable_post_id(canonical_post_path(post))


def to_article(post: Post, page_url: str | None = None,
               public_share_url: str = "http://finews.zning.xyz/html_News/NewsShare.html?infoCode={code}",
               spider: str | None = None) -> Article:
    """The Article (raw fields, before the pipelines) of a post, as the finews spiders give it for the
    same article.

    id (see post_id); url = the post's share link, else the public share link, else the page URL;
    share_url = the public share link of an infoCode (None for hash ids); title, media (front-matter
    ``media`` wins), category and tags as in the post; source from front-matter ``source`` (the body's
    source line wins later); published_raw = the front-matter date, or when it holds no usable date the
    file name's date (as Jekyll dates the post), else the date the infoCode starts with (date precision:
    midnight); raw_html = the body (digest left out).
    """
    code = post_id(post)
    published = post.date if usable_date(post.date) else (file_date(post.filename) or code_date(code))
    share_url = public_share_url.format(code=code) if INFO_CODE_RE.match(code) else None
    return Article(
        id=code,
        url=post.share_url or share_url or page_url,
        share_url=share_url,
        title=post.title,
        media=post.front_matter.get("media") or post.media,
        category=post.category,
        tags=list(post.tags),
        source=post.front_matter.get("source") or None,
        published_raw=published,
        raw_html=post.body_html,
        spider=spider,
    )


def _abs(base: str, href: str) -> str:
    from urllib.parse import urljoin

    return urljoin(base, href.strip())


def site_links(html_text: str, url: str) -> tuple[list[str], list[str]]:
    """(category page URLs, post page URLs) linked from a home, category or post page of the same host."""
    from urllib.parse import unquote, urlsplit

    from parsel import Selector

    host = urlsplit(url).netloc
    cats: list[str] = []
    posts: list[str] = []
    for href in Selector(text=html_text or "<html></html>").xpath("//a/@href").getall():
        target = _abs(url, href)
        parts = urlsplit(target)
        if parts.netloc != host or parts.scheme not in ("http", "https"):
            continue
        path = unquote(parts.path)
        clean = parts._replace(query="", fragment="").geturl()
        if CATEGORY_PATH_RE.match(path) and clean not in cats:
            cats.append(clean)
        elif POST_PATH_RE.match(path) and clean not in posts:
            posts.append(clean)
    return cats, posts


def _is_share_paragraph(node) -> str | None:
    """The link of a paragraph that holds only an autolinked URL (``<http://…>`` in the post), '' for ``<>``."""
    text = "".join(node.xpath(".//text()").getall()).strip()
    if node.root.tag != "p":
        return None
    if text == "<>":
        return ""
    links = node.xpath("./a")
    if len(links) == 1 and text and text == (links[0].xpath("@href").get() or "").strip() \
            and re.match(r"^(?:https?:)?//\S+$", text):
        return text
    return None


def _is_backlinks(node) -> bool:
    links = node.xpath(".//a")
    texts = ["".join(a.xpath(".//text()").getall()).strip() for a in links]
    rest = "".join(node.xpath("./text()").getall())
    return bool(links) and all(t.startswith("返回") for t in texts) and not re.sub(r"[\s｜|]", "", rest)


def parse_post_page(html_text: str, url: str) -> Post:
    """Parse a post page of the prototype's Jekyll site (or of the replica / a Jekyll export).

    The prototype's layout: ``<small>(GMT+8, Asia/Shanghai, CST) 2021-12-31 11:38:35</small><h1>title</h1>``,
    the content (body, ``<p><a href=U>U</a></p>`` share link, back-links), ``<small>tags: <em>…</em></small>``.
    Categories come from the URL (/<cat>[/<cat>…]/YYYY/MM/DD/<slug>.html), never from category pages.
    """
    from urllib.parse import unquote, urlsplit

    from parsel import Selector

    path = unquote(urlsplit(url).path)
    m = POST_PATH_RE.match(path)
    if not m:
        raise PageError("not_a_post_url", f"{path} is not /<category>/YYYY/MM/DD/<name>.html")
    sel = Selector(text=html_text or "<html></html>")
    date_node = None
    for node in sel.xpath("//small | //time"):
        text = " ".join(node.xpath(".//text()").getall())
        if _DATE_TEXT_RE.search(text) and not text.strip().startswith("tags"):
            date_node = node
            break
    title_node = None
    if date_node is not None:
        title_node = date_node.xpath("following::h1[1]")
    if not title_node:
        title_node = sel.xpath('//h1[contains(concat(" ", @class, " "), " post-title ")]') or sel.xpath("//h1[last()]")
    if not title_node:
        raise PageError("no_post_title", "no <h1> title on the post page")
    title_el = title_node[0]
    title = " ".join("".join(title_el.xpath(".//text()").getall()).split()) or None
    date = None
    if date_node is not None:
        dm = _DATE_TEXT_RE.search(" ".join(date_node.xpath(".//text()").getall()))
        date = dm.group(0) if dm else None
    tags: list[str] = []
    share_url = None
    digest = None
    body: list[str] = []
    # the content: what follows the title (in the replica, inside a wrapper div) up to the tags line
    following = title_el.xpath("following-sibling::*")
    if len(following) == 1 and following[0].root.tag == "div" and following[0].xpath("./p"):
        following = following[0].xpath("./*")
    for node in following:
        tag = node.root.tag
        text = " ".join("".join(node.xpath(".//text()").getall()).split())
        if tag == "small" and text.startswith("tags"):
            tags = [" ".join(t.split()) for t in node.xpath(".//em//text()").getall() if t.strip()]
            break
        if node is following[0] and tag == "blockquote" and not body:
            digest = text or None
            continue
        link = _is_share_paragraph(node)
        if link is not None:
            share_url = link or share_url
            continue
        if tag == "p" and _is_backlinks(node):
            continue
        if tag == "div" and "newscrawl-body" in (node.attrib.get("class") or "").split():
            inner = node.get()                  # the exporter's wrapper: its content is the article body
            body.append(inner[inner.index(">") + 1:inner.rindex("</div>")].strip())
            continue
        if tag in ("time", "small") and not body and _DATE_TEXT_RE.search(text):
            continue
        body.append(node.get())
    if not body:
        raise PageError("no_article_body", "the post page has no content after its title")
    categories = [c for c in m.group("cats").split("/") if c]
    slug = m.group("slug")
    code = _info_code(share_url, slug + ".html")
    if code and not INFO_CODE_RE.match(code):
        code = None
    return Post(
        title=title, date=date, categories=categories, tags=tags, body_html="\n".join(body), digest=digest,
        share_url=share_url, info_code=code, filename=f"{m.group('y')}-{m.group('m')}-{m.group('d')}-{slug}.html",
    )
