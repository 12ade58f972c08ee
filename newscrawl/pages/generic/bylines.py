"""Bylines of a page beyond its body: lines by the title, JSON-LD and meta authors, and when none names an
author, the user who posted a forum or blog page (user-author heuristics)."""
from __future__ import annotations

import re
from typing import Any

from lxml import etree

from newscrawl.pages.generic.metadata import ld_names
from newscrawl.pages.generic.rules import rule_account, rule_elements, select
from newscrawl.pages.generic.tree import ParsedPage, node_text
from newscrawl.text.bylines import Byline, parse_byline
from newscrawl.text.controls import normalize_text
from newscrawl.text.names import PLACEHOLDERS, fallback_name, is_organisation, is_plausible_name

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
def shown_as_editor(name: str, html: str) -> bool:
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


def page_byline(header: list[str], meta: dict[str, str], ld: dict[str, Any], site: str | None,
                 html: str = "") -> Byline:
    """Bylines around the title (lines between title and body), JSON-LD and meta authors."""
    out = Byline()
    for line in header:
        if len(line) > 120:
            continue
        b = parse_byline(line)
        if b.authors or b.photographers or b.editors or b.source or b.organisations:
            out.merge(b)
    for name in ld_names(ld.get("author")):
        if is_plausible_name(name) and name not in out.editors:
            out.merge(Byline(authors=[name]))
    if not out.authors:  # a typed Person that is a user name shown on the page (blogs: エミりん, 私~川流)
        for name in ld_names(ld.get("author"), person=True):
            user = _user_name(name, site)
            if user and user not in out.editors and html.count(user) >= 2 and not shown_as_editor(user, html):
                out.merge(Byline(authors=[user]))
                break
    if not out.authors:
        for key in _META_AUTHOR_KEYS:
            name = _meta_name(meta.get(key, ""))
            if name and name not in PLACEHOLDERS and is_plausible_name(name) and name not in out.editors \
                    and name != site and not shown_as_editor(name, html):
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


def user_author(lines: list[str], head: list[str], title: str | None, meta: dict[str, str],
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
                and not shown_as_editor(name, page_text)):
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




def add_page_bylines(byline: Byline, page: ParsedPage, near_lines: list[str], head: list[str],
                     remaining: list[str], title: str | None) -> None:
    """Merge into ``byline`` (the body's) the page's: :func:`page_byline` from ``near_lines`` (around the
    title and the body), meta and JSON-LD; when they name no author, the rule's ``author`` elements, then
    :func:`user_author` (a labelled field or a name line in or around the text), then the rule's self-media
    ``account`` (not one named like an outlet or organisation); the rule's ``editor`` when no editor was
    found."""
    byline.merge(page_byline(near_lines, page.meta, page.ld, page.site, page.html))
    for el in select(page.root, page.rule.get("author")) if not byline.authors else ():
        b = parse_byline(node_text(el))
        names = b.authors or ([node_text(el)] if is_plausible_name(node_text(el)) else [])
        byline.authors.extend(n for n in names if n not in byline.authors)
    if not byline.authors:
        tail = [x for x in remaining[-8:] if len(x) <= 120]
        user = user_author(near_lines + head + tail, head, title, page.meta, page.root, page.site, page.html)
        if user:
            byline.merge(Byline(authors=[user]))
    account, outlet = rule_account(page) if not byline.authors else (None, False)
    if account and not outlet and account not in PLACEHOLDERS:  # a self-media post without a byline
        byline.merge(Byline(authors=[account]))
    for el in rule_elements(page, "editor") if not byline.editors else ():
        byline.merge(Byline(editors=parse_byline(node_text(el)).editors))
