"""Bylines of a page beyond its body: lines by the title, JSON-LD and meta authors, and when none names an
author, the account of a self-media post (``accounts``) or the user who posted a forum or blog page
(user-author heuristics); with where the authors came from and how far to trust them (:data:`CONFIDENCE`)."""
from __future__ import annotations

import re
from typing import Any

from lxml import etree

from newscrawl.pages.generic.accounts import account_name, avatar_owner, element_poster, user_name
from newscrawl.pages.generic.affiliations import affiliated_names
from newscrawl.pages.generic.forum import is_post_furniture, poster_before, poster_index
from newscrawl.pages.generic.metadata import META_SOURCE_KEYS, ld_names
from newscrawl.pages.generic.rules import rule_account, rule_elements
from newscrawl.pages.generic.site_names import site_labels
from newscrawl.pages.generic.tree import ParsedPage, node_text
from newscrawl.text.bylines import Byline, join_split_labels, parse_byline
from newscrawl.text.controls import normalize_text
from newscrawl.text.names import (
    PLACEHOLDERS,
    ROLE_WORDS,
    fallback_name,
    is_non_author,
    is_organisation,
    is_outlet,
    is_platform,
    is_plausible_name,
    is_ui_text,
    personal_names,
)

_META_AUTHOR_KEYS = ("article:author", "author", "dc.creator", "citation_author", "citation_authors", "byl",
                     "og:article:author")
# Scholarly citation meta (Google Scholar's tags) is trusted without the name being shown in the page's text.
_CITATION_KEYS = frozenset({"citation_author", "citation_authors"})

#: Where the authors came from → how far to trust them: a byline in the text beats a byline line by the
#: headline, JSON-LD Person, meta author, a self-media account and a poster's user name, in that order;
#: ``rule`` is a site rule's author element; ``none``: nobody found (often right: no author credited).
CONFIDENCE: dict[str, float] = {"body": 0.9, "rule": 0.85, "header": 0.8, "json-ld": 0.7, "meta": 0.6,
                                "name-line": 0.6, "account": 0.55, "poster": 0.45, "none": 0.5}
_SPACED_NAME_RE = re.compile(r"^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,3}$")  # "赵  培" in citation meta
# Forum and blog post headers/footers: 作者：X, 楼主：X, 发表者：X (the name may be the next text node)
_USER_LABEL_RE = re.compile(
    r"(?:^|[\s|｜])(?:作者|原作者|发表者|发帖人|发贴人|楼主|博主|发布者|发布人|帖子作者)\s*[:：]\s*"
    r"(?P<name>[^\s:：|｜,，;；()（）\[\]【】<>]{2,20})?\s*(?=$|[\s|｜])")
_POSTED_BY_RE = re.compile(r"本[贴帖]由\s*(?P<name>[^\s:：]{1,20}?)\s*于\s*(?:(?:19|20)\d{2}|\d{1,2}[-/月]\d{1,2}|"
                           r"[昨前今]天|\d+\s*(?:分钟|小时|天)前)")  # a relative time too (昨天 16:12)
# "By Jane Doe": two to four capitalised words ("by Taboola" under a widget is one)
_POSTED_AT_ALONE_RE = re.compile(r"^(?:发表于|发布于|发帖于)\s*[:：]?\s*(?:19|20)\d{2}")
_BY_RE = re.compile(r"^[Bb]y\s+(?P<name>[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,3})$")
# a forum/blog poster: "X 发表于 2019-09-07 …" ("发布于：北京市" after a date is a location, not this)
_POSTED_AT_RE = re.compile(r"^(?:楼主\s*[:：]?\s*)?(?P<name>[^\s:：|｜]{2,20})\s*(?:发表于|发布于|发帖于|posted\s+on)\s*[:：]?\s*"
                           r"(?:(?:19|20)\d{2}|[昨前今]天|\d+\s*(?:分钟|小时|天)前)", re.IGNORECASE)
_AUTHORIZE_RE = re.compile(r"author(?:i[tz]|iz)", re.IGNORECASE)  # "authorized", "authority": not author
_AUTHOR_ATTR_RE = re.compile(r"(?:class|id|itemprop)\s*=\s*[\"']?[\w\- ]*$|[?&/]$")
# Elements with class/id ``author``/``byline``, ``itemprop="author"``, or ``?author=`` links, in document
# order. Written over the attributes of the elements (``/descendant::*/@class[…]/..``: libxml2 walks
# ``//*[…]`` several times slower, and ``//@class`` visits the text nodes too).
_AUTHOR_ELEMENTS = etree.XPath(
    "/descendant::*/@class[contains(., 'author') or contains(., 'byline')]/.."
    " | /descendant::*/@id[contains(., 'author')]/.. | /descendant::*/@itemprop[. = 'author']/.."
    " | /descendant::a/@href[contains(., 'author')]"  # a cheap first test: halves the cost of this term
    "[contains(., '?author=') or contains(., '&author=') or contains(., '/author/')]/..")
#: The cues of an editor's credit (编辑, 责编, 校对, 审核, 选稿, 监制 …: the role words of editors)
EDITOR_CUES: tuple[str, ...] = tuple(sorted((w for w, (code, _) in ROLE_WORDS.items() if "e" in code),
                                            key=len, reverse=True))


def shown_as_editor(name: str, html: str) -> bool:
    """``编辑：X``, ``责任编辑：X``, ``审核：X``, ``校对/X`` on the page: a CMS meta or JSON-LD author that is really an
    editor (any of :data:`EDITOR_CUES`).

    What ``re.search("(?:" + "|".join(EDITOR_CUES) + r")\\s*[:：/]?\\s*" + re.escape(name), html)`` finds, read
    backwards from each occurrence of the name (a regex starting with the cue scans the whole page)."""
    i = html.find(name)
    while i != -1:
        j = i
        while j and html[j - 1].isspace():
            j -= 1
        if j and html[j - 1] in ":：/":
            j -= 1
            while j and html[j - 1].isspace():
                j -= 1
        if html.endswith(EDITOR_CUES, 0, j):
            return True
        i = html.find(name, i + 1)
    return False


_LD_SCRIPT_RE = re.compile(r"<script[^>]*ld\+json.*?</script>", re.IGNORECASE | re.DOTALL)
_META_TAG_RE = re.compile(r"<meta\b[^>]*>", re.IGNORECASE)
_CJK_NAME_RE = re.compile(r"^[\u3040-\u30ff\u4e00-\u9fff]{2,8}$")
# what pads a short name to the width of a longer one (王　帆, 王&nbsp;帆) or parts a name (欧阳 娜娜)
_PAD = r"(?:\s|&nbsp;|&#160;|&#12288;|\u3000){0,4}"


def shown_source(html: str) -> str:
    """The page source a name must be shown in (:func:`shown_on_page`): what follows ``</head>``, less its
    JSON-LD scripts and meta tags. Made once per page: it copies and rescans the whole page."""
    body = html[max(html.find("</head>"), 0):]
    if "ld+json" in body:
        body = _LD_SCRIPT_RE.sub(" ", body)
    if "<meta" in body:
        body = _META_TAG_RE.sub(" ", body)
    return body


def shown_in_source(name: str, body: str) -> bool:
    """:func:`shown_on_page` on the page's :func:`shown_source`."""
    if name in body:
        return True
    if _CJK_NAME_RE.match(name) and re.search(_PAD.join(map(re.escape, name)), body):
        return True
    escaped = "".join(f"\\u{ord(c):04x}" for c in name) if _CJK_NAME_RE.match(name) else ""
    return bool(escaped) and re.search(re.escape(escaped), body, re.IGNORECASE) is not None


def shown_on_page(name: str, html: str) -> bool:
    """Whether the page shows ``name`` outside its <head>, meta tags and JSON-LD: verbatim, with padding
    between its characters (``王　帆``, ``王&nbsp;帆``), or ``\\u``-escaped in a script that renders the byline."""
    return shown_in_source(name, shown_source(html))


def page_byline(header: list[str], meta: dict[str, str], ld: dict[str, Any], site: str | None,
                html: str = "", text_authors: bool = False) -> tuple[Byline, str | None]:
    """Bylines around the title (lines between title and body), then, when neither these nor the text
    (``text_authors``) name an author, JSON-LD and meta authors: (byline, where its authors came from:
    ``header``, ``json-ld``, ``meta`` or None).

    A JSON-LD or meta author counts only when it is a person the page credits: a plausible personal name
    (a meta value may hold several, or a byline: ``张三,李四``, ``记者 张三``), shown on the page
    (:func:`shown_on_page`; a CMS field that the page never shows names the uploader or the editor as often as
    the writer), not shown as an editor (:func:`shown_as_editor`: CMS meta authors are often the 责任编辑), and
    no outlet, platform or site name. ``citation_author(s)`` meta (scholarly pages) count without being shown."""
    out = Byline()
    for line in join_split_labels(header):  # <span>记者</span><span>张三</span>: one byline
        if len(line) > 120:
            continue
        b = parse_byline(_URL_RE.sub(" ", line) if "://" in line else line)  # http://site 2009-03-12 来源：X
        if b.authors or b.photographers or b.editors or b.source or b.organisations:
            out.merge(b)
    if out.authors or text_authors:
        return out, "header" if out.authors else None

    shown: list[str] = []  # the page's shown_source, made for the first name that needs it

    def credited(name: str, shown_needed: bool = True) -> bool:
        if (name in out.editors or name == site or is_non_author(name) or shown_as_editor(name, html)):
            return False
        if not shown_needed:
            return True
        if not shown:
            shown.append(shown_source(html))
        return shown_in_source(name, shown[0])

    for name in ld_names(ld.get("author")):
        if is_plausible_name(name) and credited(name):
            out.merge(Byline(authors=[name]))
    if not out.authors:  # a typed Person that is a user name shown on the page (blogs: エミりん, 私~川流)
        for name in ld_names(ld.get("author"), person=True):
            user = user_name(name, site)
            if user and user not in out.editors and html.count(user) >= 2 and not shown_as_editor(user, html):
                out.merge(Byline(authors=[user]))
                break
    if out.authors:
        return out, "json-ld"
    for key in _META_AUTHOR_KEYS:
        names = [n for n in meta_author_names(meta.get(key, "")) if credited(n, key not in _CITATION_KEYS)]
        if names:
            out.merge(Byline(authors=names))
            return out, "meta"
    return out, None


def meta_author_names(value: str) -> list[str]:
    """The personal names a meta author value holds: one name (``赵  培`` joined), several (``张三,李四``,
    ``张三 李四``) or a byline (``记者 张三``, ``青网新闻张毅`` → 张毅); [] for anything else (an outlet, a user
    name, a placeholder)."""
    value = _meta_name(value)
    if not value or len(value) > 60 or value in PLACEHOLDERS:
        return []
    if is_plausible_name(value):
        return [value]
    b = parse_byline(value)  # 记者 张三, 作者：张三
    if not b.authors:
        b = parse_byline(f"作者：{value}")  # 张三,李四; 青网新闻张毅
    return [n for n in b.authors if is_plausible_name(n) and n not in b.editors]


def _meta_name(value: str) -> str:
    value = value.strip()
    return "".join(value.split()) if _SPACED_NAME_RE.match(value) else value


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


def user_author(lines: list[str], head: list[str], title: str | None, meta: dict[str, str],
                root: etree._Element, site: str | None, page_text: str,
                elements: bool = True) -> tuple[str, str] | None:
    """When no byline names an author: who posted a forum/blog page, or signs an essay, and how it was
    found (``meta``, ``poster`` or ``name-line``).

    In order: a meta author that is a user name shown on the page too; a labelled field (作者：X, 楼主：X,
    发表者：X, ``By X``) in the lines around the post; ``本贴由X于<date>发表``; ``X 发表于 <date>`` of the first
    post only (a forum's replies follow; the user's stats, rank and floor may stand between); a line
    holding only a personal name at the head of the body (``胡平`` under the headline, or the ``X`` of a
    ``X：headline`` title), or only two to six names by the title (``王小明 陶然``: the caller splits them); with ``elements``, an author element (class/id ``author``/``byline``,
    ``?author=`` links) outside the comments (:func:`author_element_name`). ``lines`` are the page lines
    around the post; ``head`` the short lines opening the body.
    """
    for line in lines[:8]:  # 王小明 陶然 alone under the headline (a WeChat author field): several names,
        if len(line) <= 40 and personal_names(line):  # shown, before the account a meta tag names
            return line, "name-line"
    for key in _META_AUTHOR_KEYS:
        name = user_name(_meta_name(meta.get(key, "")), site)
        if (name and len(name) <= 12 and page_text.count(name) >= 2
                and not shown_as_editor(name, page_text)):
            return name, "meta"
    first_post_seen = False  # a forum thread: only the first post's 发表于 names the author
    for i, line in enumerate(lines):
        if len(line) > 120:
            continue
        m = _USER_LABEL_RE.search(line)
        if m:
            name = m.group("name") or (lines[i + 1] if i + 1 < len(lines) else None)
            name = user_name(name, site)
            if name:
                return name, "poster"
        if line.endswith(("本贴由", "本帖由")):  # 本贴由<b>X</b>于<date>发表: the name a text node of its own
            line = "".join(lines[i:i + 3])
        posted = None if first_post_seen else _POSTED_AT_RE.match(line)
        m = _POSTED_BY_RE.search(line) or _BY_RE.match(line) or posted
        if m and user_name(m.group("name"), site):
            return m.group("name"), "poster"
        if not first_post_seen and _POSTED_AT_ALONE_RE.match(line):  # <a>X</a> [积分 楼主 …] 发表于 <date>
            # the poster's cell may stand before the thread's title, outside the lines after it: the page's order
            poster = (i and poster_before(lines, i, title)) or _poster_in_page_order(root, title)
            if poster and poster != title and user_name(poster, site):
                return poster.strip(" :：-—|·•@"), "poster"
        first_post_seen = first_post_seen or bool(posted or _POSTED_AT_ALONE_RE.match(line))  # the rest: replies
    prefixes = {x.split("：", 1)[0] for x in [title or ""] + lines if "：" in x[:12]}
    for line in head[:5]:
        if is_plausible_name(line) or (line in prefixes and fallback_name(line)) or personal_names(line):
            return line, "name-line"
    name = author_element_name(root, site, page_text) if elements else None
    return (name, "poster") if name else None


def _poster_in_page_order(root: etree._Element, title: str | None, limit: int = 400) -> str | None:
    """:func:`~newscrawl.pages.generic.forum.poster_before` over the page's text nodes in document order, up
    to the first ``发表于 <date>`` one (within ``limit`` nodes): the poster's cell before the thread's title;
    only when a user stat, rank or floor stands between (a forum's user cell)."""
    seen: list[str] = []
    for text in root.itertext():
        text = normalize_text(text)
        if not text:
            continue
        seen.append(text)
        if _POSTED_AT_ALONE_RE.match(text):
            j = poster_index(seen, len(seen) - 1, title)
            if j is None:
                return None
            # a forum's user cell: a stat, rank or floor between (a blog's nav link, title, 发表于 is no poster)
            return seen[j] if any(is_post_furniture(x) and re.search(r"\w", x) for x in seen[j + 1:-1]) else None
        if len(seen) >= limit:
            break
    return None


def author_element_name(root: etree._Element, site: str | None, page_text: str) -> str | None:
    """The name in the first author element (class/id ``author``/``byline``, ``?author=`` links) that
    :func:`~newscrawl.pages.generic.accounts.element_poster` reads (outside comments and lists of other
    articles), or None."""
    elements = _AUTHOR_ELEMENTS(root)[:40] if _author_hint(page_text) else []
    return element_poster([el for el in elements  # lists of other articles skipped uncounted; bylines parsed
                           if not _AUTHORIZE_RE.search((el.get("class") or "") + " " + (el.get("id") or ""))], site)


def add_page_bylines(byline: Byline, page: ParsedPage, near_lines: list[str], head: list[str],
                     remaining: list[str], title: str | None) -> tuple[str, float]:
    """Merge into ``byline`` (the body's) the page's: :func:`page_byline` from ``near_lines`` (around the
    title and the body), meta and JSON-LD; when still no author, the explicit credits of :func:`user_author`
    (labelled fields, ``X 发表于``, a name line, a meta user name shown), then the self-media account
    (:func:`~newscrawl.pages.generic.accounts.account_name`), then an author element or the owner an avatar's alt
    text names (:func:`~newscrawl.pages.generic.accounts.avatar_owner`); then the rule's
    ``author`` elements (personal names, bylines or account names): they replace anything weaker than a
    byline in the text (structured data, account, poster). The rule's self-media ``account`` (not one named like
    an outlet or organisation) comes right after the explicit credits; the rule's ``editor`` serves when no
    editor was found. Returns where the authors came from and the confidence in them (:data:`CONFIDENCE`):
    (``body`` | ``header`` | ``json-ld`` | ``meta`` | ``name-line`` | ``account`` | ``poster`` | ``rule`` |
    ``none``, 0–1).

    Outlets, platform labels, ad vendors, organisations and button text (:func:`~newscrawl.text.names.
    is_non_author`: 新浪科技, 参考消息, 澎湃号, Taboola) leave the authors whichever line named them."""
    _drop_non_authors(byline)
    labels = site_labels(page)  # og:site_name, the JSON-LD publisher, the <title> suffix
    source = "body" if byline.authors else None
    found, where = page_byline(near_lines, page.meta, page.ld, page.site, page.html, bool(byline.authors))
    _drop_non_authors(found)
    if where in ("json-ld", "meta"):  # a CMS author field holding the site's name names nobody
        found.authors[:] = [n for n in found.authors if n not in labels]
    byline.merge(found)
    source = source or (where if found.authors else None)
    if not byline.authors:  # explicit credits first: 作者：X, 楼主：X, X 发表于 <date>, a name line, meta user
        tail = [x for x in remaining[-8:] if len(x) <= 120]
        user = user_author(near_lines + head + tail, head, title, page.meta, page.root, page.site, page.html,
                           elements=False)
        if user and user[0] not in labels:
            byline.merge(Byline(authors=personal_names(user[0]) or [user[0]]))
            source = user[1]
    if not byline.authors:  # 周朗<sup>1</sup>　许桦<sup>2</sup>: names with affiliation marks, no role word
        names = affiliated_names(page.root, page.html)
        if names:
            byline.merge(Byline(authors=names))
            source = "name-line"
    rule_acct, outlet = rule_account(page) if not byline.authors else (None, False)
    if rule_acct and not outlet and rule_acct not in PLACEHOLDERS:  # a self-media post without a byline
        byline.merge(Byline(authors=personal_names(rule_acct) or [rule_acct]))
        source = "account"
    if not byline.authors:
        account = account_name(page, near_lines, head)
        names = [n for n in account[0] if n not in byline.editors and n not in byline.photographers
                 and not is_organisation(n, handle=True) and not shown_as_editor(n, page.html)
                 and n not in labels] if account else []
        if names:
            byline.merge(Byline(authors=[x for n in names for x in personal_names(n) or [n]]))
            source = account[1]  # type: ignore[index]
    if not byline.authors:
        name = author_element_name(page.root, page.site, page.html) or avatar_owner(page.root, page.html, page.site)
        if name and name not in labels:
            byline.merge(Byline(authors=personal_names(name) or [name]))
            source = "poster"
    rule_names: list[str] = []
    for el in rule_elements(page, "author"):  # none in a list of other articles
        text = node_text(el)
        b = parse_byline(text)
        account = None if b.authors or is_plausible_name(text) else user_name(text, page.site)
        names = b.authors or personal_names(text) or (
            [text] if is_plausible_name(text) else [account] if account else [])
        rule_names.extend(n for n in names if n not in rule_names and not is_non_author(n))
    if rule_names and source not in ("body", "header"):  # the rule beats structured data and guesses
        # (account, poster); a byline in the text stands alone (it outranks the platform's author field)
        byline.authors[:] = rule_names
        source = "rule"
    for el in rule_elements(page, "editor") if not byline.editors else ():
        byline.merge(Byline(editors=parse_byline(node_text(el)).editors))
    if byline.source is None and not page.rule.get("source") and not any(k in page.meta for k in META_SOURCE_KEYS):
        byline.source = info_bar_outlet(near_lines, page.site, title)
    source = source or "none"
    return source, CONFIDENCE[source]


_URL_RE = re.compile(r"https?://\S+")
_INFO_DATE_RE = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_SEPARATOR_RE = re.compile(r"^[\s·|｜/•>]*$")


def info_bar_outlet(lines: list[str], site: str | None, title: str | None) -> str | None:
    """An outlet's name standing alone beside the date in the info bar under the headline (``2019-09-26
    10:56:28`` · ``证券时报网``; no 来源 label): the source credited. Only in the first lines, next to a
    date (separators between them skipped), never the site's own name, a platform or a personal name."""
    pieces = [(k, x.strip()) for k, x in enumerate(lines[:12]) if not _SEPARATOR_RE.match(x)]
    for n, (k, text) in enumerate(pieces):
        if not 3 <= len(text) <= 15 or text in (site, title) or is_platform(text) or is_plausible_name(text):
            continue
        if not is_outlet(text) or is_ui_text(text):
            continue
        near = [x for _, x in pieces[max(0, n - 1):n + 2] if x != text]
        if any(_INFO_DATE_RE.search(x) for x in near):
            return text
    return None


def _drop_non_authors(byline: Byline) -> None:
    """Authors that are outlets, platforms, vendors or buttons out; a plausible personal name stays (全文杰
    holds the button word 全文)."""
    byline.authors[:] = [n for n in byline.authors if is_plausible_name(n) or not is_non_author(n)]
