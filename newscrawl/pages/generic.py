"""Generic extraction of a Chinese article page: title, body, date, bylines, source, media, images.

``extract(html, url)`` is pure (no Scrapy, no I/O besides the packaged site rules) and returns what a crawl
of the page stores. The steps:

1. guard rails: empty, binary, too large or list-like pages raise ``PageError`` with a stable reason;
   markup nested deeper than libxml2's limit (255) is flattened and parsed again;
2. structured data first: JSON-LD (NewsArticle …), ``og:``/``article:`` and ``publishdate``-style meta;
3. per-site rules (``site_rules.json``: CSS/XPath per host) override the generic choices below;
4. the body: every text run is charged to its nearest block element; a block scores by its Chinese
   punctuation and length, less its link text; scores flow to the ancestors (1, 0.7, 0.5, 0.35) and the
   best container wins (or an ancestor holding much more text of the same kind); link lists, share
   bars, reference lists, infoboxes and boilerplate blocks inside it are dropped;
5. the body HTML goes through the same cleaning and byline stages as every crawled article
   (``newscrawl.text.cleaning``, ``newscrawl.text.bylines``); byline lines between the title and the body, meta
   authors and JSON-LD authors are merged in; the date comes from meta, then the lines by the title.
"""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from importlib import resources
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from newscrawl.pages import MAX_BYTES, PageError
from newscrawl.text.bylines import Byline, extract_bylines, parse_byline
from newscrawl.text.cleaning import (
    apply_removal,
    clean_html,
    collect_images,
    join_blocks,
    normalize_text,
)
from newscrawl.text.dates import as_shown, normalize_datetime
from newscrawl.text.names import PLACEHOLDERS, fallback_name, is_organisation, is_plausible_name

__all__ = ["extract", "article_id", "load_site_rules", "rule_for", "apply_removal", "check_size", "MAX_CHARS", "MAX_BYTES"]

#: Pages longer than this (characters) are refused with ``too_large``; callers holding bytes check
#: ``MAX_BYTES`` before decoding.
MAX_CHARS = 5_000_000
_MIN_BODY_CHARS = 20

# --- tags -------------------------------------------------------------------------------------------
_DROP = frozenset({
    "script", "style", "noscript", "iframe", "frame", "frameset", "object", "embed", "applet", "svg",
    "canvas", "template", "select", "option", "textarea", "button", "input", "nav", "link", "meta",
    "head", "title", "audio", "map", "area", "label", "dialog",
})
_BLOCK = frozenset({
    "html", "body", "div", "p", "td", "th", "tr", "tbody", "table", "li", "ul", "ol", "dl", "dd", "dt",
    "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "center", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "address", "fieldset", "caption",
    "thead", "tfoot", "hr",
})
_CONTAINER = frozenset({"div", "td", "article", "section", "main", "body", "center", "form", "blockquote",
                        "table", "tbody", "tr", "dd", "li", "font", "span"})
_CANDIDATE = _CONTAINER | {"p", "pre"}  # what _best_container may choose
_PUNCT = "，。！？；：、“”‘’《》（）…—,!?;"
_PUNCT_RE = re.compile("[" + re.escape(_PUNCT) + "]")
_NEGATIVE_RE = re.compile(
    r"comment|share|footer|foot\b|sidebar|side\b|related|recommend|breadcrumb|crumb|copyright|login|"
    r"advert|\bads?\b|ad[-_]|banner|menu|toolbar|social|hotnews|hot[-_]|rank|weixin|qrcode|erweima|"
    r"pinglun|xiangguan|tuijian|\bnav|pager|pagination|next|prev|keyword|\btags?\b|friend|links?\b|"
    r"statement|disclaimer|shengming|mianze|download|app[-_]?down|feedback|report|dialog|popup|modal|"
    r"reflist|\breferences\b|footnotes?\b|infobox|navbox|editsection|catlinks", re.I)
_COMMENT_RE = re.compile(r"(?:^|[\s_-])(?:comments?|pinglun)(?:$|[\s_-])", re.I)
_POSITIVE_RE = re.compile(
    r"article|content|\btext|body|detail|main|post|entry|story|\bnews|zhengwen|\bzw\b|neirong|conent|"
    r"txt|essay|artic|cont\b|TRS_Editor|rich_media|markdown", re.I)
_BOILERPLATE_RE = re.compile(
    r"^(?:[【\[]?\s*(?:打印|关闭|关闭窗口|收藏|分享|分享到|返回顶部|返回首页|返回|纠错|投稿|举报|字号|"
    r"大|中|小|默认|放大|缩小)\s*[】\]]?\s*)+$"
    r"|^(?:上一篇|下一篇|上一页|下一页|相关阅读|相关新闻|相关文章|相关链接|延伸阅读|推荐阅读|热门推荐|"
    r"热点推荐|猜你喜欢|精彩推荐|热门文章|网友评论|我要评论|发表评论|扫一扫|扫描二维码|关注我们|"
    r"点击排行|版权所有|免责声明|分享到)"
    r"|(?:版权所有|copyright|©|all rights reserved|ICP备|ICP证|未经.{0,8}授权|禁止转载|不得转载|请勿转载|"
    r"谢绝转载|严禁转载)", re.I)
_DATE_TEXT_RE = re.compile(
    r"(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"|(?<![\d/.])\d{1,2}/\d{1,2}/(?:19|20)\d{2}(?![\d/]))"
    r"(?:\s*(?:[上下]午|晚上)?\s*\d{1,2}\s*[:：时点]\s*\d{1,2}(?:\s*[:：分]\s*\d{1,2}\s*秒?)?"
    r"(?:\s*[AaPp][Mm](?![A-Za-z]))?)?")
# A date introduced as the publication time: 发表于 / 发布时间： / 时间： / 本贴由 X 于 <date> (forums).
_DATE_CUE_RE = re.compile(
    r"(?:发表于|发表时间|发布时间|发布日期|发表日期|发帖时间|发贴时间|发布于|发表在|更新时间|(?<![\u4e00-\u9fff])时间"
    r"|(?<![\u4e00-\u9fff])日期|本[贴帖]由\s*\S{1,30}?\s*于)\s*[:：]?\s*$")
_STRONG_CUE_RE = re.compile(r"发表于|发表时间|发帖时间|发贴时间|本[贴帖]由")
# A magazine issue as the only date (``——《北京之春》1996年6月号``): the first of that month.
_ISSUE_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:号|份|刊|期|版)")
_TITLE_SEP_RE = re.compile(r"\s*(?:[_|｜–—]|--|\s-\s|-(?=[^-]{2,20}$)|·(?=[^·]{2,12}$))\s*")
# Binary content: U+FFFD and C0 controls but \t \n \v \f \r (one UTF-8 byte each: bytes.translate counts)
_CONTROL_BYTES = bytes(range(0x09)) + bytes(range(0x0e, 0x20))
_SPACE_RE = re.compile(r"\s+")
_ERR_INVALID_ENCODING = etree.ErrorTypes.ERR_INVALID_ENCODING
_CJK_RE = re.compile(r"[\u3400-\u9fff]")

_META_DATE_KEYS = (
    "article:published_time", "og:release_date", "og:article:published_time", "publishdate", "pubdate",
    "publish_date", "publish-date", "publishtime", "publish_time", "pubtime", "release_date",
    "datepublished", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "weibo:article:create_at",
    "article:published", "bytedance:published_time", "parsely-pub-date", "date", "createdate",
    "firstpublishedtime", "dc.date.created",
)
# Founder/Fangzheng "enp" CMS (many Chinese papers): <!--enpproperty <date>2024-05-13 13:48:13:671</date> …-->
_ENP_DATE_RE = re.compile(r"<!--\s*enpproperty\b.{0,400}?<date>\s*([^<]{8,40}?)\s*</date>", re.S)
_META_SITE_KEYS = ("og:site_name", "site_name", "sitename", "application-name", "apple-mobile-web-app-title")
_META_SOURCE_KEYS = ("source", "article:source", "og:source", "mediaid", "contentsource")
_META_AUTHOR_KEYS = ("article:author", "author", "dc.creator", "citation_author", "citation_authors", "byl",
                     "og:article:author")
_SPACED_NAME_RE = re.compile(r"^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,3}$")  # "赵  培" in citation meta
# Forum and blog post headers/footers: 作者：X, 楼主：X, 发表者：X (the name may be the next text node)
_USER_LABEL_RE = re.compile(
    r"(?:^|[\s|｜])(?:作者|原作者|发表者|发帖人|发贴人|楼主|博主|发布者|发布人|帖子作者)\s*[:：]\s*"
    r"(?P<name>[^\s:：|｜,，;；()（）\[\]【】<>]{2,20})?\s*(?=$|[\s|｜])")
_POSTED_BY_RE = re.compile(r"本[贴帖]由\s*(?P<name>[^\s:：]{1,20}?)\s*于\s*(?:19|20)\d{2}")
_BY_RE = re.compile(r"^[Bb]y\s+(?P<name>[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3})$")
_USER_BAD_RE = re.compile(r"https?:|www\.|\.com|@|^\d+$|[。！？，、=\"'<>{}]|\d{4}[-/年]")
_AUTHOR_ATTR_RE = re.compile(r"(?:class|id|itemprop)\s*=\s*[\"']?[\w\- ]*$|[?&/]$")
# Elements with class/id ``author``/``byline``, ``itemprop="author"``, or ``?author=`` links, in document
# order. Written over the attributes of the elements (``/descendant::*/@class[…]/..``: libxml2 walks
# ``//*[…]`` several times slower, and ``//@class`` visits the text nodes too).
_AUTHOR_ELEMENTS = etree.XPath(
    "/descendant::*/@class[contains(., 'author') or contains(., 'byline')]/.."
    " | /descendant::*/@id[contains(., 'author')]/.. | /descendant::*/@itemprop[. = 'author']/.."
    " | /descendant::a/@href[contains(., 'author')]"  # a cheap first test: halves the cost of this term
    "[contains(., '?author=') or contains(., '&author=') or contains(., '/author/')]/..")
_COPYRIGHT_RE = re.compile(r"(?:版权所有|Copyright|©)\s*[:：]?\s*(?:\d{4}\s*[-–]?\s*\d{0,4}\s*)?"
                           r"(?P<name>[\u4e00-\u9fff]{2,12}(?:网|报|社|台|网站|日报|晚报|新闻))", re.I)


# --- site rules -------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def load_site_rules() -> dict[str, dict[str, Any]]:
    """The packaged per-host rules (``site_rules.json``), keys lower-cased; ``_``-keys are comments."""
    text = resources.files("newscrawl.pages").joinpath("site_rules.json").read_text(encoding="utf-8")
    return {k.lower(): v for k, v in json.loads(text).items() if not k.startswith("_")}


def rule_for(url: str | None, rules: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The rule for ``url``'s host or its closest parent domain; {} when none applies."""
    if not url:
        return {}
    rules = load_site_rules() if rules is None else rules
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return {}
    parts = host.split(".")
    for i in range(len(parts) - 1):
        rule = rules.get(".".join(parts[i:]))
        if rule is not None:
            return rule
    return {}


@lru_cache(maxsize=512)
def _xpath(selector: str) -> etree.XPath:
    """A compiled XPath for a CSS selector or an XPath expression (starting with / or ()."""
    sel = selector.strip()
    if not sel.startswith(("/", "(")):
        from cssselect import HTMLTranslator

        sel = _merge_attribute_terms(_ATTR_STEP_RE.sub(_by_attribute, HTMLTranslator().css_to_xpath(sel)))
    return etree.XPath(sel)


_ID_TERM_RE = re.compile(r"//@id\[(\. = '[^']*')\]/\.\.")
_CLASS_TERM_RE = re.compile(r"//@class\[(contains\(\., '[^']*'\) and contains\(concat\(' ', normalize-space\(\.\), ' '\), "
                            r"'[^']*'\))\]/\.\.")


def _union_terms(xpath: str) -> list[str]:
    """The terms of a top-level XPath union (`` | `` outside quoted strings)."""
    terms, quote, start, i = [], "", 0, 0
    while i < len(xpath):
        c = xpath[i]
        if quote:
            if c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif xpath.startswith(" | ", i):
            terms.append(xpath[start:i])
            start = i = i + 3
            continue
        i += 1
    terms.append(xpath[start:])
    return terms


def _merge_attribute_terms(xpath: str) -> str:
    """Cheaper XPath for the rewritten CSS, selecting the same elements in the same (document) order:
    ``//@id[. = 'a']/.. | //@id[. = 'b']/..`` (a CSS group ``#a, #b``) as one step
    ``//@id[. = 'a' or . = 'b']/..`` (likewise for class terms: one walk of the document per attribute,
    not per term); then ``//@`` as ``/descendant::*/@`` (elements only: libxml2 skips the text nodes)."""
    ids, classes, other = [], [], []
    for term in _union_terms(xpath):
        m = _ID_TERM_RE.fullmatch(term)
        c = None if m else _CLASS_TERM_RE.fullmatch(term)
        if m:
            ids.append(m.group(1))
        elif c:
            classes.append(c.group(1))
        else:
            other.append(term)
    merged = other
    if ids:
        merged.append("//@id[" + " or ".join(ids) + "]/..")
    if classes:
        merged.append("//@class[" + " or ".join(f"({c})" if len(classes) > 1 else c for c in classes) + "]/..")
    return " | ".join("/descendant::*/@" + t[3:] if t.startswith("//@") else t for t in merged)


# cssselect's id and class steps (``descendant-or-self::*[@id = 'x']``, ``/descendant::*[@class and …]``)
# over the attribute axis instead (``//@id[. = 'x']/..``, ``/descendant::*/@class[…]/..``: the same
# elements in the same order): libxml2 evaluates ``*[@class and …]`` several times slower. Rules are
# applied to the document root, so a leading ``descendant-or-self::`` is ``//``.
_ATTR_STEP_RE = re.compile(
    r"(?P<axis>(?:^|(?<=\| ))descendant-or-self::|(?<=/)descendant::)\*\["
    r"(?:@id = (?P<id>'[^']*')"
    r"|@class and (?P<cls>contains\(@class, '[^']*'\)"
    r"(?: and contains\(concat\(' ', normalize-space\(@class\), ' '\), '[^']*'\))?))\]"
    r"(?=$| \||/)")


def _by_attribute(m: re.Match) -> str:
    head = "/" if m.group("axis").startswith("descendant-or-self") else "descendant::*"
    if m.group("id"):
        return f"{head}/@id[. = {m.group('id')}]/.."
    return f"{head}/@class[" + m.group("cls").replace("(@class", "(.") + "]/.."


def _select(root: etree._Element, selectors: str | list[str] | None) -> list[etree._Element]:
    if not selectors:
        return []
    out: list[etree._Element] = []
    for sel in [selectors] if isinstance(selectors, str) else selectors:
        try:
            found = _xpath(sel)(root)
        except (etree.XPathError, ValueError, ImportError, Exception):  # noqa: BLE001 - a bad rule is skipped
            continue
        out.extend(x for x in found if isinstance(x, etree._Element))
        if out and isinstance(selectors, str):
            break
    return out


# --- helpers ----------------------------------------------------------------------------------------

def article_id(url: str) -> str:
    """A stable id for a page without an infoCode: ``U`` + 19 hex digits of the SHA-1 of its URL."""
    canonical = url.strip().split("#", 1)[0]
    return "U" + hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:19]


def _text(el: etree._Element) -> str:
    # the text serialisation is "".join(el.itertext()) built in C (~6x faster)
    return normalize_text(etree.tostring(el, method="text", encoding="unicode", with_tail=False))


def _chars(s: str) -> int:
    return len("".join(s.split()))


def _parse(html: str) -> etree._Element:
    # no id() lookups here: collect_ids=False skips building libxml2's ID table
    root = None
    if html and not html.isspace():  # isspace: no copy of a large page
        # the str itself first (libxml2 reads Python's UTF-16/UCS-4 buffer: no UTF-8 copy of the page); a
        # lone surrogate stops libxml2 there (ERR_INVALID_ENCODING) and an XML declaration is refused
        # (ValueError): those pages go through UTF-8 bytes with the surrogates replaced, as before
        parser = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, collect_ids=False)
        try:
            root = etree.fromstring(html, parser)
        except ValueError:
            root = None
        if root is None or any(e.type == _ERR_INVALID_ENCODING for e in parser.error_log):
            parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                                      collect_ids=False)
            root = etree.fromstring(html.encode("utf-8", errors="replace"), parser)
    if root is not None and any("Excessive depth" in (e.message or "") for e in parser.error_log):
        flat = re.sub(r"</?(?:div|span|font|b|i|u|em|strong|section|article|table|tbody|tr|td|ul|ol|li|a)\b[^>]*>",
                      "\n", html, flags=re.I)
        root = etree.fromstring(flat.encode("utf-8", errors="replace"),
                                etree.HTMLParser(encoding="utf-8", remove_comments=True, no_network=True))
    if root is None:
        raise PageError("unparsable", "no HTML document could be built")
    return root


def _meta(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in out:
            out[key] = content
    return out


def _json_ld(root: etree._Element) -> dict[str, Any]:
    """The first JSON-LD object that looks like an article (or the first object at all)."""
    found: list[dict] = []
    for s in root.iter("script"):
        if (s.get("type") or "").lower() != "application/ld+json" or not s.text:
            continue
        try:
            data = json.loads(s.text.strip().rstrip(";"))
        except ValueError:
            continue
        stack = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, list):
                stack.extend(x)
            elif isinstance(x, dict):
                if "@graph" in x:
                    stack.append(x["@graph"])
                found.append(x)
    for obj in found:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report")) for k in kinds):
            return obj
    return {}


def _ld_names(value: Any, person: bool = False) -> list[str]:
    """Names in a JSON-LD ``author``; with ``person``, only those typed ``Person``."""
    out: list[str] = []
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, dict):
            if person and v.get("@type") != "Person":
                continue
            v = v.get("name")
        elif person:
            continue
        if isinstance(v, str) and v.strip():
            out.append(v.strip())
    return out


def _clean_title(title: str, h1s: list[str], site: str | None) -> str:
    """Strip a site-name suffix (``…_南通日报``, ``… - 新华网``, ``…|央视网``) from a page title."""
    title = normalize_text(title)
    for h in h1s:
        if h and len(h) >= 4 and (h == title or (h in title and len(h) >= len(title) * 0.4)):
            return h
    parts = [p for p in _TITLE_SEP_RE.split(title) if p.strip()]
    if len(parts) <= 1:
        return title
    if site:
        kept = [p for p in parts if p != site and site not in p]
        if kept:
            parts = kept
    # the first part is the headline unless a later one is clearly longer (a "频道_标题" order)
    first = parts[0]
    longest = max(parts, key=len)
    return longest if len(longest) > 2 * len(first) + 4 else first


# --- body scoring -----------------------------------------------------------------------------------

class _Stats:
    __slots__ = ("chars", "links", "punct", "score")

    def __init__(self) -> None:
        self.chars = 0
        self.links = 0
        self.punct = 0
        self.score = 0.0


# style values holding "none" or "hidden" (…/@style is far cheaper than //*[@style]; contains() in C keeps
# the other styles out of Python); _HIDDEN_RE then decides
_STYLE_XPATH = etree.XPath("/descendant::*/@style[contains(., 'none') or contains(., 'hidden')]")
_DROP_TAGS = tuple(sorted(_DROP))
_HIDDEN_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# = //text() (without the descendant-or-self step) less the nodes of XML whitespace only, which _score skips
# anyway (str.isspace): libxml2 leaves them out before lxml builds a string for each
_TEXT_XPATH = etree.XPath("/descendant::text()[normalize-space()]")


def _remove(el: etree._Element) -> None:
    """Remove ``el`` and its content, keeping its tail text in place."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _prune(root: etree._Element, extra_remove: list[etree._Element]) -> None:
    """Drop non-content elements (scripts, controls, hidden parts, rule removals) in place."""
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)  # in C, tails kept: far cheaper than one by one
    for style in _STYLE_XPATH(root):
        if _HIDDEN_RE.search(style):
            _remove(style.getparent())
    for el in extra_remove:
        _remove(el)


def _nonblank(t: str) -> int:
    """Characters of ``t`` but spaces, newlines, tabs, CRs, U+3000 and NBSP."""
    return len(t) - t.count(" ") - t.count("\n") - t.count("\t") - t.count("\u3000") - t.count("\xa0") - t.count("\r")


_DECAY = (1.0, 0.7, 0.5, 0.35)  # a paragraph's score at its block, parent, grandparent, great-grandparent


def _score(body: etree._Element) -> dict[etree._Element, _Stats]:
    """Per element: text, link text and punctuation of its subtree, and the content score.

    Every non-blank text node is charged to its nearest block ancestor ("its paragraph"); a paragraph
    with punctuation scores 1 + punctuation + length/40 (capped), less nothing for link text (link text is
    not counted as plain text); the score flows to the block itself and its ancestors at 1, 0.7, 0.5, 0.35
    (gentle enough that an article split into several short sections beats one long sidebar paragraph).
    """
    # text nodes gathered per block (plain and link text apart), counted once per block at the end
    owner: dict[etree._Element, list[str]] = {}  # element → the list its text nodes go to
    plain_of: dict[etree._Element, list[str]] = {}
    link_of: dict[etree._Element, list[str]] = {}
    own: dict[etree._Element, None] = {}  # the blocks, in the order they first hold text
    blocks = _BLOCK
    for t in _TEXT_XPATH(body):
        if t.isspace():
            continue
        el = t.getparent()
        if el is None:
            continue
        if t.is_tail:
            el = el.getparent()
            if el is None:
                continue
        texts = owner.get(el)
        if texts is None:
            link = False
            blk = el
            while blk.tag not in blocks:
                if blk.tag == "a":
                    link = True
                nxt = blk.getparent()
                if nxt is None:
                    break
                blk = nxt
            group = link_of if link else plain_of
            texts = group.get(blk)
            if texts is None:
                texts = group[blk] = []
                if blk not in own:
                    own[blk] = None
            owner[el] = texts
        texts.append(t)
    # the blocks and all their ancestors, in the order the blocks first hold text (a tie in _best_container
    # goes to the first), each visited once; then subtree sums deepest first
    stats: dict[etree._Element, _Stats] = {}
    parent_of: dict[etree._Element, etree._Element | None] = {}
    depth: dict[etree._Element, int] = {}
    for blk in own:
        chain = []
        el = blk
        while el is not None and el not in stats:
            stats[el] = _Stats()
            chain.append(el)
            parent = el.getparent()
            parent_of[el] = parent
            el = parent
        d = depth[el] if el is not None else -1
        for x in reversed(chain):
            d += 1
            depth[x] = d
    findall = _PUNCT_RE.findall
    for blk in own:
        plain = links = punct = 0
        texts = plain_of.get(blk)
        if texts:
            t = "".join(texts)
            plain = _nonblank(t)
            punct = len(findall(t))
        texts = link_of.get(blk)
        if texts:
            links = _nonblank("".join(texts))
        st = stats[blk]
        st.chars += plain + links
        st.links += links
        st.punct += punct
        if plain >= 8 and punct:
            para = 1 + punct + min(plain / 40.0, 8)
            el = blk
            for w in _DECAY:
                stats[el].score += para * w
                el = parent_of[el]
                if el is None:
                    break
    for el in sorted(stats, key=depth.__getitem__, reverse=True):
        p = parent_of[el]
        if p is not None:
            st, pst = stats[el], stats[p]
            pst.chars += st.chars
            pst.links += st.links
            pst.punct += st.punct
    return stats


@lru_cache(maxsize=4096)
def _name_cues(names: str) -> tuple[bool, bool]:
    """(positive, negative) class/id cues of ``"class id"``; cached: a page repeats a few class names."""
    if not names.strip():
        return False, False
    return bool(_POSITIVE_RE.search(names)), bool(_NEGATIVE_RE.search(names))


def _names(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _class_weight(el: etree._Element) -> float:
    positive, negative = _name_cues(_names(el))
    w = 1.0
    if positive:
        w *= 1.3
    if negative:
        w *= 0.4
    return w


def _best_container(body: etree._Element, stats: dict[etree._Element, _Stats]) -> etree._Element | None:
    best, best_score = None, 0.0
    for el, st in stats.items():
        if not st.score or el.tag not in _CANDIDATE:
            continue
        density = st.links / st.chars if st.chars else 1.0
        score = st.score * (1.0 - density) * _class_weight(el)
        if score > best_score:
            best, best_score = el, score
    if best is None:
        return None
    # a lone paragraph is not the container: take its parent
    while best.tag in ("p", "span", "font", "pre") and best.getparent() is not None:
        best = best.getparent()
    return _widen(best, stats)


def _widen(best: etree._Element, stats: dict[etree._Element, _Stats], levels: int = 4) -> etree._Element:
    """The highest ancestor (up to ``levels`` up, below <body>) that holds much more text of the same kind:
    at least 1.8x the plain text, a link density at most 0.03 above, punctuation at half the rate or more
    in the added text, no negative class/id. An article split over sibling tables or sections."""
    b = stats.get(best)
    plain = (b.chars - b.links) if b else 0
    if plain <= 0:
        return best
    density, punct_rate = b.links / b.chars, b.punct / plain
    el, chosen = best, best
    for _ in range(levels):
        el = el.getparent()
        if el is None or el.tag in ("body", "html"):
            break
        a = stats.get(el)
        if a is None or el.tag not in _CONTAINER:
            continue
        extra = (a.chars - a.links) - plain
        if (extra >= 0.8 * plain and a.links / a.chars <= density + 0.03
                and a.punct - b.punct >= 0.5 * punct_rate * extra and not _name_cues(_names(el))[1]):
            chosen = el
    return chosen


def _is_junk(el: etree._Element, st: _Stats | None, top_chars: int) -> bool:
    """Within the chosen body: link lists, share bars, related-news boxes, boilerplate lines."""
    if st is None:
        return False
    if el.tag == "img" or (st.chars == 0):
        return False
    density = st.links / st.chars if st.chars else 0.0
    names = _names(el)
    positive, negative = _name_cues(names)
    if negative and not positive and (density > 0.3 or st.chars < max(200, top_chars * 0.2)):
        return True
    if negative and _COMMENT_RE.search(names) and st.chars < top_chars * 0.5:
        return True  # a reader's comment under the post (``li#comment-4632``), however long
    if density > 0.5 and st.chars >= 6 and st.punct <= max(2, st.chars // 60):
        return True
    if st.chars <= 60 and _BOILERPLATE_RE.search(_text(el)):
        return True
    return False


def _is_ad_link(a: etree._Element) -> bool:
    """A link labelled as an advertisement: its first text is a 广告/推广 badge (``<a><i>广告</i>…</a>``)."""
    first = next((t for t in a.itertext() if not t.isspace()), "")
    return first.strip() in ("广告", "推广")


def _clean_body(top: etree._Element, stats: dict[etree._Element, _Stats], title: str | None) -> None:
    """Remove junk descendants of the chosen container, and a repeated title or h1 at its top."""
    top_chars = stats[top].chars if top in stats else 0
    junk = []
    stack = list(top)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("h1", "h2") and title and _text(el) == title:
            junk.append(el)
            continue
        if el.tag == "a" and _is_ad_link(el):
            junk.append(el)
            continue
        if _is_junk(el, stats.get(el), top_chars):
            junk.append(el)
            continue
        stack.extend(el)
    for el in junk:
        _remove(el)


# --- date and byline near the title -----------------------------------------------------------------

def _header_lines(body: etree._Element, title: str | None, top: etree._Element | None,
                  limit: int = 40, tail: int = 12) -> tuple[list[str], list[str]]:
    """(lines between the title and the body container, the last ``tail`` lines before the container).

    The title is an element whose text equals it (or contains it / is contained in it); without one the
    first list is empty.
    """
    lines: list[str] = []
    before: list[str] = []
    started = False
    for el in body.iter():
        if el is top:
            break
        if not isinstance(el.tag, str):
            continue
        for piece in (el.text, el.tail):
            if not piece or not piece.strip():
                continue
            s = normalize_text(piece)
            before.append(s)
            if not started:
                if title and (s == title or (len(s) >= 6 and s in title) or (len(title) >= 6 and title in s)):
                    started = True
                    lines.clear()
                continue
            if len(lines) < limit:
                lines.append(s)
        if len(before) > 4 * tail:
            del before[: -tail]
    return (lines if started else []), before[-tail:]


def _trailer_lines(top: etree._Element, limit: int = 12) -> list[str]:
    """The first text lines after the body container (post footers: 责任编辑, 发表于 …)."""
    lines: list[str] = []
    el: etree._Element | None = top
    while el is not None and len(lines) < limit:
        if el.tail and el.tail.strip():
            lines.append(normalize_text(el.tail))
        nxt = el.getnext()
        while nxt is None and el is not None:
            el = el.getparent()
            if el is None:
                break
            if el.tail and el.tail.strip():
                lines.append(normalize_text(el.tail))
            nxt = el.getnext()
        if nxt is None:
            break
        for t in nxt.itertext():
            if t.strip():
                lines.append(normalize_text(t))
                if len(lines) >= limit:
                    break
        el = nxt
    return lines[:limit]


def _date_from_lines(lines: list[str], cued: bool = False) -> str | None:
    """The first date in ``lines``; with ``cued``, only one right after 发表于 / 时间： / 本贴由 X 于 …"""
    joined = " ".join(lines)
    for m in _DATE_TEXT_RE.finditer(joined):
        if cued and not _DATE_CUE_RE.search(joined, max(0, m.start() - 40), m.start()):
            continue
        iso = normalize_datetime(m.group(0))
        if iso:
            return iso
    return None


def _cued_date(lines: list[str], max_len: int = 100) -> str | None:
    """A date after a strong publication cue (发表于, 发表时间, 本贴由 X 于) in a short line (a post header
    or footer, not running text)."""
    for line in lines:
        if len(line) <= max_len and _STRONG_CUE_RE.search(line):
            iso = _date_from_lines([line], cued=True)
            if iso:
                return iso
    return None


def _head_lines(paragraphs: list[str], limit: int = 8) -> list[str]:
    """The short lines opening a body, before its first real paragraph (headlines, bylines, date lines)."""
    out: list[str] = []
    for p in paragraphs[:limit]:
        if len(p) > 60 or p.endswith("。"):
            break
        out.append(p)
    return out


def _issue_date(lines: list[str]) -> str | None:
    """``《北京之春》1996年6月号`` in a short line → the first of that month (the page gives no day)."""
    for line in lines:
        if len(line) <= 60:
            m = _ISSUE_RE.search(line)
            if m and 1 <= int(m.group(2)) <= 12:
                return normalize_datetime(f"{m.group(1)}-{int(m.group(2)):02d}-01")
    return None


def _meta_date(meta: dict[str, str], ld: dict[str, Any]) -> tuple[str | None, str | None]:
    """(ISO date in Shanghai time, the raw value it came from) from JSON-LD, then meta tags."""
    for v in (ld.get("datePublished"), ld.get("dateCreated")):
        if isinstance(v, str):
            iso = normalize_datetime(v)
            if iso:
                return iso, v
    for key in _META_DATE_KEYS:
        if key in meta:
            iso = normalize_datetime(meta[key])
            if iso:
                return iso, meta[key]
    return None, None


def _more_precise(a: str | None, b: str | None) -> str | None:
    """Of two ISO dates of the same day, the one with a time of day; else ``a``."""
    if not a:
        return b
    if b and a[:10] == b[:10] and a[11:19] == "00:00:00" and b[11:19] != "00:00:00":
        return b
    return a


# --- public -----------------------------------------------------------------------------------------

def check_size(data: bytes) -> None:
    """Raise ``PageError('too_large')`` for page bytes over ``MAX_BYTES`` (before decoding them)."""
    if len(data) > MAX_BYTES:
        raise PageError("too_large", f"{len(data):,} bytes (limit {MAX_BYTES:,})")


def _check(html: str) -> None:
    if not isinstance(html, str) or not html or html.isspace():  # isspace: no copy of a large page
        raise PageError("empty_page", "the page is empty")
    if len(html) > MAX_CHARS:
        raise PageError("too_large", f"{len(html):,} characters (limit {MAX_CHARS:,})")
    sample = html[:20000]
    raw = sample.encode("utf-8", "surrogatepass")  # control characters are single bytes in UTF-8: count in C
    bad = len(raw) - len(raw.translate(None, _CONTROL_BYTES)) + sample.count("\ufffd")
    if bad > max(8, len(sample) // 50) or "\x00" in sample:
        raise PageError("binary_content", "the response is not text")


def _shown_as_editor(name: str, html: str) -> bool:
    """``编辑：X`` / ``责任编辑：X`` on the page: a CMS meta author that is really the editor.

    What ``re.search(r"(?:编辑|责编)\\s*[:：/]?\\s*" + re.escape(name), html)`` finds, read backwards from
    each occurrence of the name (a regex starting with the cue scans the whole page)."""
    i = html.find(name)
    while i != -1:
        j = i
        while j and html[j - 1].isspace():
            j -= 1
        if j and html[j - 1] in ":：/":
            j -= 1
            while j and html[j - 1].isspace():
                j -= 1
        if html.endswith(("编辑", "责编"), 0, j):
            return True
        i = html.find(name, i + 1)
    return False


def _page_byline(header: list[str], meta: dict[str, str], ld: dict[str, Any], site: str | None,
                 html: str = "") -> Byline:
    """Bylines around the title (lines between title and body), JSON-LD and meta authors."""
    out = Byline()
    for line in header:
        if len(line) > 120:
            continue
        b = parse_byline(line)
        if b.authors or b.photographers or b.editors or b.source or b.organisations:
            out.merge(b)
    for name in _ld_names(ld.get("author")):
        if is_plausible_name(name) and name not in out.editors:
            out.merge(Byline(authors=[name]))
    if not out.authors:  # a typed Person that is a user name shown on the page (blogs: エミりん, 私~川流)
        for name in _ld_names(ld.get("author"), person=True):
            user = _user_name(name, site)
            if user and user not in out.editors and html.count(user) >= 2 and not _shown_as_editor(user, html):
                out.merge(Byline(authors=[user]))
                break
    if not out.authors:
        for key in _META_AUTHOR_KEYS:
            name = _meta_name(meta.get(key, ""))
            if name and name not in PLACEHOLDERS and is_plausible_name(name) and name not in out.editors \
                    and name != site and not _shown_as_editor(name, html):
                out.merge(Byline(authors=[name]))
                break
    return out


def _meta_name(value: str) -> str:
    value = value.strip()
    return "".join(value.split()) if _SPACED_NAME_RE.match(value) else value


def _user_name(name: str | None, site: str | None = None) -> str | None:
    """A forum/blog user name (``zboygirl``, ``放飞&心情``, ``魑皇``) or None: 2–20 characters, no URL, date,
    sentence punctuation, placeholder, organisation or site name."""
    name = (name or "").strip(" :：-—|·•")
    if not 2 <= len(name) <= 20 or name in PLACEHOLDERS or _USER_BAD_RE.search(name):
        return None
    if is_organisation(name) or _OUTLET_WORD_RE.search(name) or (
            site and (name == site or name in site or site in name)):
        return None
    if parse_byline(f"作者：{name}").editors or _ROLE_WORD_RE.fullmatch(name):
        return None
    return name


_OUTLET_WORD_RE = re.compile(r"[报网]|新闻|财经|电视|频道|传媒|杂志|在线|客户端|官方|编辑部")
_ROLE_WORD_RE = re.compile(r"作者|记者|编辑|责任编辑|来源|楼主|发表者|发帖人|博主|发布者|发布人|佚名|匿名|游客|用户名?|昵称")


def _author_hint(html: str) -> bool:
    """Whether the source has an author class/id or an ``author=`` link: a cheap scan before the XPath."""
    if "byline" in html:
        return True
    i = html.find("author")
    while i != -1:
        if _AUTHOR_ATTR_RE.search(html, max(0, i - 40), i):
            return True
        i = html.find("author", i + 6)
    return False


def _user_author(lines: list[str], head: list[str], title: str | None, meta: dict[str, str],
                 root: etree._Element, site: str | None, page_text: str) -> str | None:
    """When no byline names an author: who posted a forum/blog page, or signs an essay.

    In order: a meta author that is a user name shown on the page too; a labelled field (作者：X, 楼主：X,
    发表者：X, ``By X``) in the lines around the post; ``本贴由X于<date>发表``; a line holding only a personal
    name at the head of the body (``胡平`` under the headline, or the ``X`` of a ``X：headline`` title);
    an author element (class/id ``author``/``byline``, ``?author=`` links).
    ``lines`` are the page lines around the post; ``head`` the short lines opening the body.
    """
    for key in _META_AUTHOR_KEYS:
        name = _user_name(_meta_name(meta.get(key, "")), site)
        if (name and len(name) <= 12 and page_text.count(name) >= 2
                and not _shown_as_editor(name, page_text)):
            return name
    for i, line in enumerate(lines):
        if len(line) > 120:
            continue
        m = _USER_LABEL_RE.search(line)
        if m:
            name = m.group("name") or (lines[i + 1] if i + 1 < len(lines) else None)
            name = _user_name(name, site)
            if name:
                return name
        m = _POSTED_BY_RE.search(line) or _BY_RE.match(line)
        if m and _user_name(m.group("name"), site):
            return m.group("name")
    prefixes = {x.split("：", 1)[0] for x in [title or ""] + lines if "：" in x[:12]}
    for line in head[:5]:
        if is_plausible_name(line) or (line in prefixes and fallback_name(line)):
            return line
    for el in _AUTHOR_ELEMENTS(root)[:6] if _author_hint(page_text) else ():
        pieces = [normalize_text(t) for t in el.itertext() if t.strip()]
        if not pieces or sum(map(len, pieces)) > 100:
            continue
        first = re.sub(r"^(?:作者|发表者|楼主|博主|By)\s*[:：]?\s*", "", pieces[0])
        name = _user_name(first or (pieces[1] if len(pieces) > 1 else None), site)
        if name:
            return name
    return None


def extract(html: str, url: str | None = None,
            rules: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """Extract one article from page HTML; raises ``PageError`` (``empty_page``, ``binary_content``,
    ``too_large``, ``no_article_body`` …) when the page holds none.

    ``rules`` replaces the packaged ``site_rules.json`` (host → selectors). Keys: url, title, published_at, authors, photographers, editors, organisations, byline_raw, source,
    media, content_html, content_text, images, body_html (the chosen body HTML, before cleaning).
    """
    _check(html)
    root = _parse(html)
    rule = rule_for(url, rules)
    meta = _meta(root)
    ld = _json_ld(root)
    body = root.find("body")
    if body is None:
        body = root

    # title
    site = meta.get("og:site_name") or next((meta[k] for k in _META_SITE_KEYS if k in meta), None)
    h1s = [_text(h) for h in islice((h for tag in ("h1", "h2") for h in root.iter(tag)), 6)]
    page_title = next((normalize_text(t.text or "") for t in root.iter("title")), "")
    raw_title = (
        next((_text(e) for e in _select(root, rule.get("title"))), None)
        or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
        or meta.get("og:title") or page_title or (h1s[0] if h1s else "")
    )
    title = _clean_title(raw_title, h1s, site) if raw_title else None
    if title and page_title and len(title) < 4:
        title = _clean_title(page_title, h1s, site)

    # body
    removals = _select(root, rule.get("remove"))
    _prune(root, removals)
    top = None
    for el in _select(root, rule.get("body")):
        if _chars(_text(el)) >= _MIN_BODY_CHARS:
            top = el
            break
    stats = _score(body)
    if top is None:
        top = _best_container(body, stats)
    if top is None or top not in stats or stats[top].chars - stats[top].links < _MIN_BODY_CHARS:
        raise PageError("no_article_body", "no block of article text found")
    st = stats[top]
    if st.links > 0.6 * st.chars:
        raise PageError("no_article_body", "the page is a list of links, not an article")

    header, prebody = _header_lines(body, title, top)
    trailer = _trailer_lines(top)
    _clean_body(top, stats, title)
    body_html = etree.tostring(top, encoding="unicode", method="html", with_tail=False)

    blocks = clean_html(body_html, base_url=url)
    if not any(b.text for b in blocks):
        raise PageError("no_article_body", "no text left after cleaning")
    byline, remaining = extract_bylines([b.text for b in blocks if b.text])
    blocks = apply_removal(blocks, remaining)
    content_html, content_text = join_blocks(blocks)
    if not content_text:
        raise PageError("no_article_body", "only byline lines in the body")

    # bylines: the body's first (as BylinesPipeline finds them), then the page's
    near_lines = header[:20] + [x for x in prebody[-6:] if x not in header[:20]] + trailer
    byline.merge(_page_byline(near_lines, meta, ld, site, html))
    head = _head_lines(remaining)
    if not byline.authors:
        tail = [x for x in remaining[-8:] if len(x) <= 120]
        user = _user_author(near_lines + head + tail, head, title, meta, root, site, html)
        if user:
            byline.merge(Byline(authors=[user]))
    for sel_key, attr in (("author", "authors"),):
        for el in _select(root, rule.get(sel_key)):
            b = parse_byline(_text(el))
            names = b.authors or ([_text(el)] if is_plausible_name(_text(el)) else [])
            getattr(byline, attr).extend(n for n in names if n not in getattr(byline, attr))
    source = byline.source
    if not source:
        for el in _select(root, rule.get("source")):
            t = _text(el)
            t = re.sub(r"^(?:来源|文章来源|稿件来源)\s*[:：]?\s*", "", t)
            if 2 <= len(t) <= 30:
                source = t
                break
    if not source:
        source = next((meta[k] for k in _META_SOURCE_KEYS if k in meta and len(meta[k]) <= 30), None)

    # date: rule, then structured data, then the lines by the title, then the body's first lines
    published = None
    for el in _select(root, rule.get("date")):
        published = _date_from_lines([_text(el)])
        if published:
            break
    structured, structured_raw = _meta_date(meta, ld)
    if "enpproperty" in html:
        m = _ENP_DATE_RE.search(html)
        enp = normalize_datetime(m.group(1)) if m else None
        structured = _more_precise(structured, enp) if structured else enp
    shown_lines = header[:20] + byline.lines + prebody[-6:]
    near = (_date_from_lines(shown_lines, cued=True)
            or _date_from_lines(header) or _date_from_lines(byline.lines) or _date_from_lines(prebody[-6:]))
    if not published:
        published = _more_precise(structured, near)
        if published and published == structured:
            # a page that shows its time in another zone keeps that offset (the same instant)
            published = as_shown(structured_raw, shown_lines) or published
    if not published and remaining:
        published = (_cued_date(head + remaining[-12:] + trailer) or _date_from_lines(head)
                     or _date_from_lines(remaining[:2] + remaining[-3:] + trailer)
                     or _issue_date(head + [x[-40:] for x in remaining[-2:]] + trailer[:3]))

    media = site
    if not media:
        m = _COPYRIGHT_RE.search(" ".join(_text(e) for e in root.iter("div", "p", "td")
                                           if (t := e.text) and ("版权" in t or "Copyright" in t or "©" in t))[:2000])
        media = m.group("name") if m else None
    media = media or source

    return {
        "url": url,
        "title": title or None,
        "published_at": published,
        "authors": byline.authors,
        "photographers": byline.photographers,
        "editors": byline.editors,
        "organisations": byline.organisations,
        "byline_raw": "\n".join(byline.lines) or None,
        "source": source,
        "media": media,
        "content_html": content_html,
        "content_text": content_text,
        "images": collect_images(blocks),
        "body_html": body_html,
    }


