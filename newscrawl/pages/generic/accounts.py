"""Who posted a self-media, blog or forum page (the account or poster shown as the post's author), and the
checks that keep outlets, platform labels, ad vendors, buttons and commenters out of page-level authors.

Self-media platforms (头条号, 百家号, 企鹅号, 网易号, 搜狐号, 公众号 …) show the account that posted a piece in
the line under the headline (``原创 · 账号名 · 2019-09-04 22:18``) and again in an account element (a link to
the account's page, an element whose class says ``author``/``nickname``/``user-name``/``media-name``) or in an
inline script (``mediaInfo: {name: '…'}``, ``var nickname = "…"``). One sighting is not enough: an account is
a name shown by the date under the headline and seen a second time in one of those places (or, on a page that
calls itself a self-media platform, shown twice on the page). WeChat's own markup (``#js_name``, ``var
nickname``, ``#profile_nickname``; the author field ``#js_author_name``) names the account directly.
"""
from __future__ import annotations

import re
from html import escape
from itertools import pairwise

from lxml import etree

from newscrawl.pages.generic.structure import find_feeds, is_aside_box
from newscrawl.pages.generic.tree import ParsedPage, node_text
from newscrawl.text.bylines import parse_byline
from newscrawl.text.controls import normalize_text
from newscrawl.text.data_files import data_lines
from newscrawl.text.names import (
    is_author_name,
    is_organisation,
    is_outlet,
    is_platform,
    is_plausible_name,
    is_ui_text,
)

__all__ = ["account_name", "element_poster", "in_comments", "in_other_articles", "user_name"]


_ROLE_WORD_RE = re.compile(r"作者|记者|编辑|责任编辑|来源|楼主|发表者|发帖人|博主|发布者|发布人|佚名|匿名|游客|用户名?|昵称")
# words that stand where a poster's name would (本文发表于…, 星期六 by the top bar's date)
_NOT_A_NAME_RE = re.compile(r"^(?:[本此该原全][文帖贴篇站网刊]|文章|帖子|原帖|最后|首次|首发|更新|星期[一二三四五六日天]|"
                            r"周[一二三四五六日]|今天|昨天|前天|刚刚|上午|下午|晚上)")


def user_name(name: str | None, site: str | None = None) -> str | None:
    """A forum/blog user or account name (``zboygirl``, ``放飞&心情``, ``GameForce``) or None: a text that
    :func:`~newscrawl.text.names.is_author_name` accepts (no outlet, platform, vendor, organisation, button,
    placeholder, role word, URL, date or sentence punctuation), that is not the site's name, a label word
    (昵称, 楼主), a word standing where a poster's name would (本文, 星期六) or a byline naming an editor."""
    name = (name or "").strip(" :：-—|·•@")
    if not is_author_name(name) or (site and (name == site or name in site or site in name)):
        return None
    if _ROLE_WORD_RE.fullmatch(name) or _NOT_A_NAME_RE.match(name) or parse_byline(f"作者：{name}").editors:
        return None
    return name


# class/id tokens of comment sections (163's 跟贴 "tie-…", "comment-list", "js-reply", "pinglun")
_COMMENT_ATTR_RE = re.compile(r"(?:^|[\s_\-])(?:comments?|cmt|tie|gentie|repl(?:y|ies)|discuss|pinglun)(?=$|[\s_\-A-Z]|list|box|area|item|wrap)",
                              re.IGNORECASE)


def in_comments(el: etree._Element, depth: int = 12) -> bool:
    """Whether ``el`` sits in a comment section (an ancestor's class/id says comment, reply, tie …)."""
    while el is not None and depth:
        if _COMMENT_ATTR_RE.search(el.get("class") or "") or _COMMENT_ATTR_RE.search(el.get("id") or ""):
            return True
        el = el.getparent()
        depth -= 1
    return False


_LIST_ITEM_MAX_CHARS = 200  # an item of a list of other articles: a headline, a date, a name, a summary


def in_other_articles(el: etree._Element, depth: int = 8) -> bool:
    """Whether ``el`` sits in a list or box of other articles, where names are other articles' reporters: a box
    beside the article (:func:`~newscrawl.pages.generic.structure.is_aside_box`: headed 相关阅读/猜你喜欢, a
    comment section) or a short item of a feed (:func:`~newscrawl.pages.generic.structure.find_feeds`: 4+
    items of one template, each a headline link with a date or summary)."""
    x: etree._Element | None = el
    while x is not None and depth:
        parent = x.getparent()
        if isinstance(x.tag, str) and is_aside_box(x, ()):
            return True
        if (parent is not None and len(parent) >= 4 and isinstance(x.tag, str)
                and sum(1 for c in parent if c.tag == x.tag and c.get("class") == x.get("class")) >= 4
                and len("".join("".join(x.itertext()).split())) < _LIST_ITEM_MAX_CHARS
                and parent in find_feeds(parent)):
            return True
        x, depth = parent, depth - 1
    return False


_ELEMENT_LABEL_RE = re.compile(r"^(?:专栏作者|专栏作家|專欄作者|專欄作家|特约作者|特約作者|作者|发表者|楼主|博主|By)\s*[:：]?\s*")


def element_poster(elements: list[etree._Element], site: str | None = None, limit: int = 6) -> str | None:
    """The author the first of ``elements`` (author elements: class/id ``author``/``byline``, ``?author=``
    links) shows, of the first ``limit`` not in a list of other articles (:func:`in_other_articles`: those
    neither count nor give a name), or None; none in a comment section. A byline (``记者 X``, ``文/X``,
    ``作者：X``) is read with the byline grammar (its first author; nobody when it credits only editors or
    photographers: never a role word kept in a name); else the element's first text (a label 作者： taken
    off) when it is a user name (:func:`user_name`)."""
    for el in elements:
        pieces = [normalize_text(t) for t in el.itertext() if t.strip()]
        if pieces and sum(map(len, pieces)) <= 100 and in_other_articles(el):
            continue
        limit -= 1
        if limit < 0:
            break
        if not pieces or sum(map(len, pieces)) > 100 or in_comments(el):
            continue
        b = parse_byline(" ".join(pieces))
        if b.authors or b.editors or b.photographers:
            name = next((n for n in (user_name(a, site) for a in b.authors) if n), None)
        else:
            first = _ELEMENT_LABEL_RE.sub("", pieces[0])
            name = user_name(first or (pieces[1] if len(pieces) > 1 else None), site)
        if name:
            return name
    return None


# Account elements: class/id naming the author/account/nickname (``author-name``, ``media-user``,
# ``user-card-name``, ``nickName``), or links to an account's page (``/c/user/1/``, ``/profile?…``,
# ``author.baidu.com``, ``space-uid-1.html``, a user space ``//space.example.com/123``, a 自媒体 page
# ``/zmt?id=``). Found from the name's text nodes up (a page-wide XPath over
# the class attributes costs milliseconds on a portal page).
_TEXT_HOLDING = etree.XPath("/descendant::text()[contains(., $name)]/..")
_ACCOUNT_ATTR_RE = re.compile(r"author(?!i[tz])|nick|user|account|media-?name|writer|profile|creator", re.IGNORECASE)
# … but not what an account element shows beside the name: a badge, level, medal, self-introduction
_NOT_ACCOUNT_ATTR_RE = re.compile(r"(?:^|[\s_\-])(?:badge|level|medal|intro|desc|sign|bio)", re.IGNORECASE)
_ACCOUNT_HREF_RE = re.compile(r"/(?:c/)?users?/|/u/|/people/|/home/|/profile|/author/|author\.|space-uid|[?&]uid=|"
                              r"//space\.|/space/|[/.]zmt\b",
                              re.IGNORECASE)
# An inline-script field naming the account or author, right before a name: ``mediaInfo: {name: '`` ,
# ``var nickname = htmlDecode("``, ``"author":{"name":"`` (read backwards from each occurrence of the name:
# a scan of the whole page for the keys costs milliseconds on a portal page)
_KEY_BEFORE_RE = re.compile(
    r"""(?:\b(?:nick_?name|nickName|author_?name|authorName|media_?name|mediaName|account_?name|accountName|"""
    r"""screen_?name|screenName|blogger_?name|owner_?name)["']?\s*[:=]\s*(?:htmlDecode\()?\s*|"""
    r"""\b(?:mediaInfo|author\w{0,8})["']?\s*[:=]\s*\{[^{}]{0,200}?\b(?:name|nick_?name|nickName|screen_name)"""
    r"""["']?\s*:\s*)["']$""")
_TAG_BEFORE_RE = re.compile(r"<(/?)([A-Za-z][\w-]*)([^<>]*)>\s*(?:(?:作者|发布者|账号|博主|楼主|By)\s*[:：]?\s*)?$")
_ATTR_RE = re.compile(r"""\b(class|id|href)\s*=\s*["']?([^"'<>]*)""", re.IGNORECASE)
_DATE_PIECE_RE = re.compile(
    r"(?:(?:19|20)\d{2}[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?|\d{1,2}[-/月]\d{1,2}日?(?=\s+\d{1,2}:\d{2}))"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?|[昨前今]天|\d+\s*(?:分钟|小时|天)前")
_NO_WORD_RE = re.compile(r"^[\W\d_]*$")  # no letter or CJK character: a badge, a count
_SEPARATOR_RE = re.compile(r"^[\s·•|｜/\\\-—_:：]*$")
_BADGE_RE = re.compile(r"^(?:原创|转载|置顶|精华|热门|独家|首发|头条|推荐|来自|作者|发布者?|账号|[·•|｜]|\s)+|"
                       r"^(?:已?于|发表于|发布于|发表|发布|修改|更新|编辑于|首发于|最后编辑于)$|"
                       r"(?:[·•|｜]|\s)+$")
# A page that calls itself a self-media platform (网易号, 头条号 …: "为自媒体平台“网易号”用户上传并发布").
_STATEMENT_RE = re.compile(r"平台|上传|信息存储")  # a statement, not a source label (新浪财经-自媒体综合)
_SELF_MEDIA_STEMS = frozenset({"头条", "百家", "企鹅", "网易", "搜狐", "大风", "一点", "澎湃", "创作"})
_WECHAT_ACCOUNT = etree.XPath("//*[@id = 'js_name' or @id = 'profile_nickname' or contains(@class, 'profile_nickname')]")
_WECHAT_AUTHOR = etree.XPath("//*[@id = 'js_author_name'] | //*[@id = 'meta_content']"
                             "/span[contains(@class, 'rich_media_meta_text') and not(@id)]")



_OWNER_ELEMENTS = etree.XPath(
    "/descendant::*/@id[contains(., 'owner') or contains(., 'blogger')]/.."
    " | /descendant::*/@class[contains(., 'owner') or contains(., 'blogger')]/..")
_NICKNAME_VAR_RE = re.compile(r"""var\s+nickname\s*=\s*(?:htmlDecode\()?\s*["'](?P<name>[^"'\\\n<>]{2,30})["']""")


def _shown_text(el: etree._Element) -> str:
    return normalize_text(node_text(el)).strip(" @:：·|")


_COMMENT_CUE_RE = re.compile(r"^\[[\d.*]+\]|认为|网友|回复|说[:：]|^评论")


def _header_tokens(near_lines: list[str]) -> list[str]:
    """Names shown by the first date under the headline: ``GameForce`` of ``原创 · GameForce ·
    2019-09-04 22:18``: the rest of the piece holding the date, the two pieces before it and the one after
    it (separators skipped), unless a commenter's cue (``[1.2.3.*] 认为：``, 网友, 回复) follows the name."""
    out: list[str] = []
    # a level badge or count by the name (``💎 2.1``) is skipped like a separator: no word in it
    pieces = [p for p in near_lines if not _SEPARATOR_RE.match(p) and not _STAT_RE.match(p)
              and not (_NO_WORD_RE.match(p) and not _DATE_PIECE_RE.search(p))]
    for i, p in enumerate(pieces):
        if len(p) > 60 or not _DATE_PIECE_RE.search(p):
            continue
        rest = _DATE_PIECE_RE.sub(" ", p)
        cands = [(x, None) for x in re.split(r"\s+|[·•|｜]", rest) if x.strip()]
        cands += [(pieces[j], j) for j in range(max(0, i - 2), min(len(pieces), i + 2)) if j != i]
        for c, j in cands:
            if j is not None and j + 1 < len(pieces) and _COMMENT_CUE_RE.search(pieces[j + 1]):
                continue
            c = _BADGE_RE.sub("", c).strip(" @")
            if c and "：" not in c and ":" not in c and not _DATE_PIECE_RE.search(c) and c not in out:
                out.append(c)
        break  # the first date under the headline is the post's; later ones are comments' and lists'
    return out


_FOLLOW_CUE_RE = re.compile(r"^[+＋]?\s*(?:粉丝|粉絲|关注|關注|订阅|訂閱|已关注|加关注|追蹤者?|追踪者?|关注者|關注者)(?:\s*[:：])?"
                            r"(?:\s*[\d.,]+\s*[万萬wWkK]?)?$")
# a count a post shows by its author and date (3,862 人赞同了该回答, 阅读 5.1万, 点赞 12): skipped like a separator
_STAT_RE = re.compile(r"^[\d.,]+\s*[万萬wWkK]?\s*(?:人|次|个)?\s*(?:赞同|赞|點讚|点赞|喜欢|收藏|阅读|閱讀|浏览|瀏覽|评论|評論)"
                      r"|^(?:赞同|点赞|阅读|閱讀|浏览|瀏覽|评论|評論)\s*[:：]?\s*[\d.,]+\s*[万萬wWkK]?$")


def _card_names(near_lines: list[str]) -> list[str]:
    """Names right before a follower count or a follow button among the lines under the headline: an author
    card (``X 粉丝：23 文章：11 关注``, ``X +关注``) names the account; it still needs a second sighting."""
    pieces = [p for p in near_lines[:40] if not _SEPARATOR_RE.match(p)]
    return [p for p, nxt in pairwise(pieces)
            if _FOLLOW_CUE_RE.match(nxt) and 2 <= len(p) <= 20 and not _FOLLOW_CUE_RE.match(p)
            and not re.fullmatch(r"[\d.,:：\s万wWkK]+", p)]


def _sightings(html: str, name: str, limit: int = 30) -> tuple[int, bool, bool]:
    """Where the page's source shows ``name``: (occurrences, one given to an account field of an inline
    script, one the whole text of a tag whose class/id or link says account — to be confirmed on the tree)."""
    count, script, tag = 0, False, False
    i = html.find(name)
    while i != -1 and count < limit:
        count += 1
        before = html[i - 1:i]
        if not script and before in "\"'" and before and _KEY_BEFORE_RE.search(html, max(0, i - 260), i):
            script = True
        if not tag and (before in ">：:" and before or before.isspace()) and html[i + len(name):i + len(name) + 40].lstrip().startswith("<"):
            end = i
            for _ in range(3):  # the tags right before the text: <a href="/c/user/1/"><span>name
                # the tag can only start at the last "<" before the name (none inside it): match there
                lt = html.rfind("<", max(0, end - 400), end)
                m = _TAG_BEFORE_RE.match(html, lt, end) if lt != -1 else None
                if not m or m.group(1):
                    break
                attrs = {k.lower(): v for k, v in _ATTR_RE.findall(m.group(3))}
                named = attrs.get("class", "") + " " + attrs.get("id", "")
                if (_ACCOUNT_ATTR_RE.search(named) and not _NOT_ACCOUNT_ATTR_RE.search(named)) or (
                        m.group(2).lower() == "a" and _ACCOUNT_HREF_RE.search(attrs.get("href", ""))):
                    tag = True
                    break
                end = m.start()
        i = html.find(name, i + len(name))
    return count, script, tag


def _shown_in_account_element(root: etree._Element, name: str) -> bool:
    """Whether ``name`` is the whole text of an account element (or of an element inside one, two levels
    at most) outside the comment sections."""
    for el in _TEXT_HOLDING(root, name=name)[:20]:
        if _shown_text(el) != name and re.sub(r"^(?:作者|发布者|账号|博主|楼主|By)\s*[:：]?\s*", "",
                                              _shown_text(el)) != name:
            continue
        node, hit = el, False
        for _ in range(3):
            if node is None:
                break
            attrs = (node.get("class") or "") + " " + (node.get("id") or "")
            if ((_ACCOUNT_ATTR_RE.search(attrs) and not _NOT_ACCOUNT_ATTR_RE.search(attrs))
                    or (node.tag == "a" and _ACCOUNT_HREF_RE.search(node.get("href") or ""))):
                hit = True
                break
            node = node.getparent()
        if hit and not in_comments(el):
            return True
    return False


def account_name(page: ParsedPage, near_lines: list[str], head: list[str] = ()) -> tuple[list[str], str] | None:
    """The account shown as a post's author and how it was found: (names, ``header``) for WeChat's author
    field, ([name], ``account``) for an account or a blog's owner; None when none is shown twice as
    described in the module docstring. ``near_lines``: the text pieces between the headline and the body
    and around the body; ``head``: the body's opening short lines (where the body holds the date line).

    Names pass :func:`user_name` (no outlet, organisation, platform, vendor, button or site name)."""
    root, html, site = page.root, page.html, page.site
    if "rich_media" in html:  # WeChat's markup (rich_media_title, rich_media_meta …)
        wechat = _wechat_account(root, html)
        if wechat is not None:
            return wechat if wechat[0] else None
    tokens = (_header_tokens(near_lines) or _header_tokens(list(head))) + _card_names(near_lines)
    header = [c for c in tokens if len(c) <= 30 and (user_name(c, site) or _outlet_like(c))][:4]
    header_set = set(header)
    # the first pieces after the headline (an account link beside it: 头条号's .pgc)
    others = [c for c in dict.fromkeys(near_lines[:3]) if c not in header_set and 2 <= len(c) <= 20
              and user_name(c, site)]
    # a platform's statement by the post (为自媒体平台“网易号”用户上传并发布, 搜狐号系信息发布平台); a
    # platform's name alone (a navigation link) does not count
    self_media = any(_calls_itself_self_media(x) for x in near_lines
                     if 8 <= len(x) <= 200 and _STATEMENT_RE.search(x))
    # the statement further down, past a comment block (beyond near_lines); the page's text (serialised in C)
    # searched at once first: a text holding the statement puts its words into the page's text too
    if header and not self_media and _may_state_self_media(
            etree.tostring(root, method="text", encoding="unicode", with_tail=False)):
        self_media = any(8 <= len(x) <= 200 and _calls_itself_self_media(x)
                         for x in (normalize_text(t) for t in root.itertext() if _STATEMENT_RE.search(t)))
    for cand in header + others:
        count, script, tag = _sightings(html, escape(cand, quote=False))
        element = tag and _shown_in_account_element(root, cand)
        if cand in header_set:
            confirmed = (count >= 2 and script) or element or (
                self_media and count >= 2 and _visible_count(root, cand) >= 2)
        else:  # a name beside the headline, not by the date: a script field and an account element
            confirmed = script and element
        if confirmed:
            name = user_name(cand, site)
            if name:
                return [name], "account"
            if _outlet_like(cand):
                return None  # the account is an outlet (中国网's 头条号): nobody
    owner = _blog_owner(root, html, site)
    if owner:
        return [owner], "account"
    name = _name_by_date(near_lines, root)
    return ([name], "name-line") if name else None


_CRUMB_RE = re.compile(r"^[>»›/|]|[>»›/|]$")


def _name_by_date(near_lines: list[str], root: etree._Element) -> str | None:
    """A personal name standing alone in the line under the headline that holds the first date (``2023-06-15
    08:10 | 来源：某某网 | 张三``: the reporter shown without a label): a piece of its own among the two before
    the date piece and the three after it, labelled pieces (来源：…) and the values of labels standing apart
    (``责任编辑：<span>X</span>``) skipped, that is a plausible personal name
    (:func:`~newscrawl.text.names.is_plausible_name`, not just a handle), shown as the whole text of an element
    that is no link (a category or breadcrumb link, 国内 > 正文, reads as a name too) and not beside a breadcrumb
    mark; None when there are two."""
    pieces = [p for p in near_lines if not _SEPARATOR_RE.match(p)]
    for i, p in enumerate(pieces):
        if len(p) > 60 or not _DATE_PIECE_RE.search(p):
            continue
        found = [c for j, c in enumerate(pieces[max(0, i - 2):i + 4], max(0, i - 2))
                 if j != i and is_plausible_name(c) and user_name(c)
                 and not (j and pieces[j - 1].endswith((":", "：")))  # 责任编辑：<span>X</span>: a labelled field
                 and not any(_CRUMB_RE.search(x) for x in pieces[max(0, j - 1):j + 2] if x != c)  # 首页 > 国内
                 and _shown_unlinked(root, c)]
        return found[0] if len(found) == 1 else None
    return None


def _wechat_account(root: etree._Element, html: str) -> tuple[list[str], str] | None:
    """On a WeChat 公众号 page: (the author field's names, ``header``), else ([the account], ``account``)
    (``#js_name``, ``var nickname``); ([], ``account``) when the account is an outlet or platform (nobody);
    None when the page names neither."""
    for el in _WECHAT_AUTHOR(root)[:2]:
        text = _shown_text(el)
        b = parse_byline(f"作者：{text}")
        names = [n for n in b.authors if user_name(n)] or [n for n in [user_name(text)] if n]
        if names:
            return names, "header"
    names = [_shown_text(el) for el in _WECHAT_ACCOUNT(root)]
    if not names and "var nickname" not in html:
        return None
    names += [m.group("name") for m in _NICKNAME_VAR_RE.finditer(html, max(html.find("var nickname"), 0))][:1]
    for n in names:
        name = user_name(n)
        if name:
            return [name], "account"
        if n and _outlet_like(n):
            return [], "account"
    return None


_TITLE_TAG_RE = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.IGNORECASE)
_BLOG_WORD_RE = re.compile(r"博客|空间|日志|blog", re.IGNORECASE)
_BLOG_NAME_RE = re.compile(r"^\[?(?P<name>[^\s\[\]]{2,16})\]?的(?:个人)?(?:博客|空间|BLOG|Blog|blog)$")
_PRONOUN_END_RE = re.compile(r"(?:他|她|我|你|它|TA)$", re.IGNORECASE)  # 进入他的博客, 访问TA的博客: a link
_BLOG_NAME_SHOWN_RE = re.compile(r">\s*\[?(?P<name>[^\s\[\]<>]{2,16})\]?的(?:个人)?(?:博客|BLOG|Blog|blog)\s*<")


def _blog_owner(root: etree._Element, html: str, site: str | None) -> str | None:
    """A blog's owner: the text of an element whose id/class names the owner or blogger (``ownernick``,
    ``blogger-name``), outside the comments, shown at least twice on the page (profile box, blog name); else
    the ``X`` of a ``X的博客`` part of the page's <title> (``文章 - X的博客 - 网易博客``) shown on the page too;
    else the ``X`` of ``标题_X_站名博客`` shown on the page (as an element's whole text or ``X的博客``); else the
    ``X`` of the first element reading ``X的博客`` (a header or profile box) when X is shown once more.
    Only on a page whose <title> or site name says blog (博客, 空间, 日志, blog)."""
    m = _TITLE_TAG_RE.search(html, 0, max(html.find("</head>"), 0) or 20000)
    title = normalize_text(m.group(1)) if m else ""  # the pruned tree has no <head>
    if not _BLOG_WORD_RE.search(title + " " + (site or "")):
        return None
    if "owner" in html or "blogger" in html:
        for el in _OWNER_ELEMENTS(root)[:5]:
            name = user_name(_shown_text(el), site)
            if name and not in_comments(el) and html.count(name) >= 2:
                return name
    parts = [p.strip() for p in re.split(r"\s+[-|_–—]\s+|[_|｜]", title)]
    for part in parts if "的" in title else ():
        m = _BLOG_NAME_RE.match(part)
        name = user_name(m.group("name"), site) if m else None
        if name and html.count(name) >= 3:  # the <title> and twice on the page
            return name
    # 标题_X_站名博客: the segment just before the blog's name, not the first (the headline), shown on the page
    # as an element's whole text or as X的博客
    for i in range(2, len(parts)):
        if _BLOG_WORD_RE.search(parts[i]) and not _BLOG_WORD_RE.search(parts[i - 1]):
            name = user_name(parts[i - 1], site)
            if name and (f"{name}的博客" in html or re.search(rf">\s*{re.escape(name)}\s*<", html)):
                return name
            break
    # the blog's name in the header or a profile box (<h1>X的博客</h1>), the first one, X shown once more
    m = _BLOG_NAME_SHOWN_RE.search(html)
    name = user_name(m.group("name"), site) if m and not _PRONOUN_END_RE.search(m.group("name")) else None
    return name if name and html.count(name) >= 2 else None


def _shown_unlinked(root: etree._Element, name: str) -> bool:
    """Whether ``name`` is the whole text of an element outside any link (``<span>张三</span>``)."""
    for el in _TEXT_HOLDING(root, name=name)[:10]:
        if _shown_text(el) == name and not any(x.tag == "a" for x in el.iterancestors()) and el.tag != "a":
            return True
    return False


def _calls_itself_self_media(html: str, limit: int = 300) -> bool:
    """Whether the page names a self-media platform (自媒体, 网易号, 头条号, 公众号 …): a scan for 号
    (single-character search is fast; a search for each word over a 200 kB page is not)."""
    i, n = html.find("号"), 0
    while i != -1 and n < limit:
        if html[i - 2:i] in _SELF_MEDIA_STEMS:
            return True
        i, n = html.find("号", i + 1), n + 1
    return "自媒体" in html


def _may_state_self_media(text: str) -> bool:
    """Whether ``text`` (a page's text) may hold a text that :func:`account_name` reads as a platform's
    statement: one of the statement's words, and a platform's name or 自媒体 (zero-width characters aside)."""
    if not _STATEMENT_RE.search(text):
        return False
    if "\u200b" in text or "\u2060" in text or "\ufeff" in text or "\u180e" in text:
        text = normalize_text(text)
    return "自媒体" in text or any(stem + "号" in text for stem in _SELF_MEDIA_STEMS)


def _outlet_like(name: str) -> bool:
    """An outlet, platform or organisation (中国网, 南方都市报), not button text (举报 holds 报 too)."""
    return not is_ui_text(name) and (is_outlet(name) or is_platform(name) or is_organisation(name, handle=True))


def _visible_count(root: etree._Element, text: str) -> int:
    """How many text nodes of the (pruned) page hold ``text``."""
    return sum(1 for t in root.itertext() if text in t)


_AVATAR_SUFFIXES = tuple(data_lines("avatar_alt_suffixes.txt"))


def avatar_owner(root: etree._Element, html: str, site: str | None) -> str | None:
    """The owner an avatar image names in its alt text (``<img alt="エミりんのプロフィール">``, ``X的头像``:
    data/avatar_alt_suffixes.txt) when the page has exactly one such owner (a comment list's avatars name
    many), the name is an account or person (:func:`user_name`) and the page shows it elsewhere too. Asked
    only when nothing else names an author (the <img> elements are read: far cheaper than scanning the source
    for each ending)."""
    owners = set()
    for el in root.iter("img"):
        alt = (el.get("alt") or "").strip()
        suffix = next((x for x in _AVATAR_SUFFIXES if alt.endswith(x)), None) if len(alt) <= 40 else None
        if suffix and len(alt) > len(suffix) + 1:
            owners.add(alt[: -len(suffix)].strip())
    if len(owners) != 1:
        return None
    name = user_name(owners.pop(), site)
    return name if name and html.count(name) >= 3 else None
