"""The article body: prune the tree, score blocks, choose the container, drop junk inside it (the lines
around the chosen body: ``around``)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from newscrawl.pages import PageError
from newscrawl.pages.generic.body_layout import (
    CANDIDATE_TAGS,
    CONTAINER_TAGS,
    SENTENCE_END_RE,
    SPLIT_TAGS,
    WIDGET_BOXES,
    class_names,
    class_weight,
    first_text_owner,
    headline_column_winner,
    name_cues,
    split_child,
    split_group_winner,
    split_parts,
    teaser_items,
    widget_column,
)
from newscrawl.pages.generic.folds import show_fold
from newscrawl.pages.generic.rules import reveal, select
from newscrawl.pages.generic.structure import (
    aside_boxes,
    contains_any,
    feed_items,
    find_feeds,
    first_text,
    in_sidebar,
    inside_any,
    is_aside_box,
    is_comment_name,
    is_sidebar_box,
    title_heading,
)
from newscrawl.pages.generic.title_badges import heading_text
from newscrawl.pages.generic.tree import ParsedPage, node_text, remove_element, visible_chars
from newscrawl.text.byline_grammar import parse_byline_line

MIN_BODY_CHARS = 20
#: the ``no_article_body`` message of a page that is a list of links (no fallback is asked for it)
LINK_LIST = "the page is a list of links, not an article"

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
_CONTAINER, _CANDIDATE = CONTAINER_TAGS, CANDIDATE_TAGS
_class_weight = class_weight  # (the name tests/unit/test_extract_speed_paths.py imports)
_PUNCT = "，。！？；：、“”‘’《》（）…—,!?;"
_PUNCT_RE = re.compile("[" + re.escape(_PUNCT) + "]")
# "without authorisation … no reprint": a notice, not a sentence that mentions authorisation
_UNAUTHORISED = r"未经.{0,8}授权.{0,4}(?:不得|禁止|请勿|严禁|谢绝|转载|使用|复制|摘编|转摘)"
_BOILERPLATE_RE = re.compile(
    r"^(?:[【\[]?\s*(?:打印|关闭|关闭窗口|收藏|分享|分享到|返回顶部|返回首页|返回|纠错|投稿|举报|字号|"
    r"大|中|小|默认|放大|缩小|广告|推广)\s*[】\]]?\s*)+$"
    r"|^(?:上一篇|下一篇|上一页|下一页|相关阅读|相关新闻|相关文章|相关链接|延伸阅读|推荐阅读|热门推荐|"
    r"热点推荐|猜你喜欢|精彩推荐|热门文章|网友评论|我要评论|发表评论|扫一扫|扫描二维码|关注我们|"
    r"点击排行|版权所有|免责声明|分享到|[（(]?\s*原标题\s*[:：])"
    r"|(?:版权所有|copyright|©|all rights reserved|ICP备|ICP证|" + _UNAUTHORISED + r"|禁止转载|不得转载|"
    r"请勿转载|谢绝转载|严禁转载|转载请注明)", re.IGNORECASE)
# searched in lower-cased text (case-sensitive: IGNORECASE makes this search ~25x slower on Chinese text)
_FOOTER_LINE_RE = re.compile(
    r"版权所有|copyright|©|all rights reserved|icp备|icp证|公网安备|举报电话|违法和不良信息|客服电话|"
    + _UNAUTHORISED + r"|禁止转载|不得转载|请勿转载|本站郑重声明|免责声明")


def is_footer_line(text: str) -> bool:
    """A page-footer line (copyright, ICP licence, report hotline, disclaimer), at most 300 characters."""
    return len(text) <= 300 and bool(_FOOTER_LINE_RE.search(text.lower()))


def has_footer_text(text: str) -> bool:
    """Whether ``text`` holds a footer cue anywhere (one search: most bodies hold none)."""
    return bool(_FOOTER_LINE_RE.search(text.lower()))


# --- body scoring -----------------------------------------------------------------------------------

class BlockStats:
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
_HIDDEN_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_DISPLAY_NONE_RE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
#: an element hidden by ``visibility:hidden`` (not ``display:none``) is kept when it holds article text: at
#: least this many non-blank characters outside links, punctuated, few links (WeChat's ``#js_content``)
REVEALED_MIN_CHARS = 100
# = //text() (without the descendant-or-self step) less the nodes of XML whitespace only, which score_blocks skips
# anyway (str.isspace): libxml2 leaves them out before lxml builds a string for each
_TEXT_XPATH = etree.XPath("/descendant::text()[normalize-space()]")
# how many of those come before an element (its first text's place among them)
_PRECEDING_TEXT = etree.XPath("count(preceding::text()[normalize-space()])")


def prune(root: etree._Element, extra_remove: list[etree._Element]) -> None:
    """Drop non-content elements (scripts, controls, hidden parts, rule removals) in place."""
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)  # in C, tails kept: far cheaper than one by one
    for style in _STYLE_XPATH(root):
        if _HIDDEN_RE.search(style):
            el = style.getparent()
            if (_DISPLAY_NONE_RE.search(style) or not revealed_article(el)) and not show_fold(el):
                remove_element(el)  # (a rest folded behind 展开全文 beside it is shown: folds.py)
    for el in extra_remove:
        remove_element(el)


def revealed_article(el: etree._Element) -> bool:
    """Whether an element hidden by ``visibility:hidden`` holds an article that a script reveals (WeChat
    公众号's ``#js_content``, lazy-rendered portals): 100+ non-blank characters outside links, one
    punctuation mark per 60 characters or more, links under a quarter of the text. Hidden menus, popups and
    audio players are short, unpunctuated or mostly links; ``display:none`` copies are never kept."""
    text = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    chars = _nonblank(text)
    if chars < REVEALED_MIN_CHARS:
        return False
    links = sum(_nonblank(etree.tostring(a, method="text", encoding="unicode", with_tail=False))
                for a in el.iter("a"))
    plain = chars - links
    return plain >= REVEALED_MIN_CHARS and links < 0.25 * chars and len(_PUNCT_RE.findall(text)) * 60 >= plain


def _nonblank(t: str) -> int:
    """Characters of ``t`` but spaces, newlines, tabs, CRs, U+3000 and NBSP."""
    return len(t) - t.count(" ") - t.count("\n") - t.count("\t") - t.count("\u3000") - t.count("\xa0") - t.count("\r")


_DECAY = (1.0, 0.7, 0.5, 0.35)  # a paragraph's score at its block, parent, grandparent, great-grandparent


def score_blocks(body: etree._Element, muted: set[etree._Element] | None = None,
                 heading: etree._Element | None = None) -> dict[etree._Element, BlockStats]:
    """Per element: text, link text and punctuation of its subtree, and the content score.

    Every non-blank text node is charged to its nearest block ancestor ("its paragraph"); a paragraph
    with punctuation scores 1 + punctuation + length/40 (capped), less nothing for link text (link text is
    not counted as plain text); the score flows to the block itself and its ancestors at 1, 0.7, 0.5, 0.35
    (gentle enough that an article split into several short sections beats one long sidebar paragraph).
    Paragraphs inside ``muted`` elements (feed items) and page-footer lines score nothing; paragraphs that
    start before the headline's ``heading`` score half (what stands above the headline is not its article).
    """
    # text nodes gathered per block (plain and link text apart), counted once per block at the end
    owner: dict[etree._Element, list[str]] = {}  # element → the list its text nodes go to
    plain_of: dict[etree._Element, list[str]] = {}
    link_of: dict[etree._Element, list[str]] = {}
    own: dict[etree._Element, None] = {}  # the blocks, in the order they first hold text
    blocks = _BLOCK
    texts_in_order = _TEXT_XPATH(body)
    # the blocks opening before the heading's first text are "above the headline"
    above: set[etree._Element] | None = None
    first_at = int(_PRECEDING_TEXT(heading)) if heading is not None and len(heading.xpath("string()")) else None
    for i, t in enumerate(texts_in_order):
        if i == first_at:
            above = set(own)
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
    # the blocks and all their ancestors, in the order the blocks first hold text (a tie in best_container
    # goes to the first), each visited once; then subtree sums deepest first
    stats: dict[etree._Element, BlockStats] = {}
    parent_of: dict[etree._Element, etree._Element | None] = {}
    depth: dict[etree._Element, int] = {}
    for blk in own:
        chain = []
        el = blk
        while el is not None and el not in stats:
            stats[el] = BlockStats()
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
        if (plain >= 8 and punct and not (plain <= 300 and _FOOTER_LINE_RE.search(t.lower()))
                and not (muted and inside_any(blk, muted))):
            para = 1 + punct + min(plain / 40.0, 8)
            if above and blk in above:
                para *= 0.5
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


def best_container(body: etree._Element, stats: dict[etree._Element, BlockStats],
                   feeds: list[etree._Element] | None = None,
                   heading: etree._Element | None = None) -> etree._Element | None:
    """The element with the best score, less its link density, weighed by its class/id and by sidebars
    around it (x0.4) (or parts split by an ad that win together: :func:`split_group_winner`; or the
    headline's column beside a column of widgets: :func:`headline_column_winner`, with the headline's
    ``heading``); a lone paragraph gives its parent; then :func:`_widen`, unless it is one of parts split
    by an ad (:func:`split_parts`). ``feeds`` (see
    :func:`~newscrawl.pages.generic.structure.find_feeds`) are never widened into."""
    best, best_score = None, 0.0
    sidebar: dict[etree._Element, bool] = {}
    boxes: list[tuple[etree._Element, float]] = []
    for el, st in stats.items():
        if not st.score or el.tag not in _CANDIDATE:
            continue
        density = st.links / st.chars if st.chars else 1.0
        score = st.score * (1.0 - density)
        if el.tag in SPLIT_TAGS:
            boxes.append((el, score))   # what split_group_winner asks (no second loop over the blocks)
        if score * 1.3 <= best_score:
            continue  # not even the best class/id weight (x1.3) lifts it over the best so far
        score *= class_weight(el)
        if score > best_score and in_sidebar(el, sidebar):
            score *= 0.4
        if score > best_score:
            best, best_score = el, score
    if best is None:
        return None
    best = split_group_winner(boxes, stats, best, best_score, sidebar, feeds or [])
    best = headline_column_winner(stats, best, heading, sidebar)
    # a lone paragraph is not the container: take its parent
    while best.tag in ("p", "span", "font", "pre") and best.getparent() is not None:
        best = best.getparent()
    if len(split_parts(best, stats, feeds or [])) > 1:
        return best     # parts split by an ad or a player: their parent holds what stands around them too
    parts = split_child(best, stats, feeds or [])
    if parts:
        return parts[0]  # the parent won on its split parts' scores: the parts are the article
    return _widen(best, stats, feeds or [])


def _widen(best: etree._Element, stats: dict[etree._Element, BlockStats], feeds: list[etree._Element],
           levels: int = 4) -> etree._Element:
    """The highest ancestor (up to ``levels`` up, below <body>) that holds much more text of the same kind:
    at least 1.8x the plain text, a link density at most 0.03 above, punctuation at half the rate or more
    in the added text, no negative class/id, no feed, sidebar, comment or related box (:func:`is_aside_box`)
    or column of widgets (:func:`widget_column`) beside ``best``. An article split over sibling tables or
    sections."""
    b = stats.get(best)
    plain = (b.chars - b.links) if b else 0
    if plain <= 0:
        return best
    density, punct_rate = b.links / b.chars, b.punct / plain
    el, chosen = best, best
    for _ in range(levels):
        below, el = el, el.getparent()
        if el is None or el.tag in ("body", "html"):
            break
        if contains_any(el, feeds, best) or any(
                c is not below and isinstance(c.tag, str)
                and (is_sidebar_box(c) or is_aside_box(c, feeds)
                     or (len(c) >= WIDGET_BOXES and widget_column(c, c, stats)))
                for c in el):
            break
        a = stats.get(el)
        if a is None or el.tag not in _CONTAINER:
            continue
        extra = (a.chars - a.links) - plain
        if (extra >= 0.8 * plain and a.links / a.chars <= density + 0.03
                and a.punct - b.punct >= 0.5 * punct_rate * extra and not name_cues(class_names(el))[1]):
            chosen = el
    return chosen


def _is_junk(el: etree._Element, st: BlockStats | None, top_chars: int) -> bool:
    """Within the chosen body: link lists, share bars, related-news boxes, boilerplate lines."""
    if st is None:
        return False
    if el.tag == "img" or (st.chars == 0):
        return False
    density = st.links / st.chars if st.chars else 0.0
    cls, eid = el.get("class"), el.get("id")
    names = f"{cls or ''} {eid or ''}" if cls or eid else ""  # most blocks have neither: no cues
    positive, negative = name_cues(names) if names else (False, False)
    if negative and not positive and (density > 0.3 or st.chars < max(200, top_chars * 0.2)):
        return True
    if negative and is_comment_name(names) and st.chars < top_chars * 0.5:
        return True  # a reader's comment under the post (``li#comment-4632``), however long
    if st.chars < top_chars * 0.5 and _COMMENTS_HEAD_RE.match(first_text(el)):
        return True  # a comment section headed 网友评论, whatever its classes say
    if density > 0.5 and st.chars >= 6 and st.punct <= max(2, st.chars // 60):
        return not (st.chars <= 60 and _names_authors(node_text(el)))  # 作者：<a>X</a> <a>Y</a>: a byline
    return bool(st.chars <= 60 and _BOILERPLATE_RE.search(node_text(el)))


def _names_authors(text: str) -> bool:
    """A byline naming authors (``作者：`` + links to their profile pages), not a link list."""
    b = parse_byline_line(text)
    return bool(b and b.authors)


# the heading of a readers' comment section (网友评论, 全部评论 (12), 热门评论)
_COMMENTS_HEAD_RE = re.compile(r"^(?:网友|读者|全部|最新|热门|精彩|相关)?评论(?:区|列表)?\s*(?:[(（]\d+[)）]|\d+条?)?$")


def _is_ad_link(a: etree._Element) -> bool:
    """A link labelled as an advertisement: its first text is a 广告/推广 badge (``<a><i>广告</i>…</a>``)."""
    first = a.text
    if not first or first.isspace():  # the link's own text most often: no iterator
        first = next((t for t in a.itertext() if not t.isspace()), "")
    return first.strip() in ("广告", "推广")


def clean_body(top: etree._Element, stats: dict[etree._Element, BlockStats], title: str | None,
               feeds: list[etree._Element] | None = None, muted: set[etree._Element] | None = None) -> None:
    """Remove junk descendants of the chosen container, the ``feeds`` in it whose items are all ``muted``
    (short: they scored nothing), and a repeated title or h1 at its top."""
    muted = muted or set()
    top_chars = stats[top].chars if top in stats else 0
    feed_set = set(feeds or ())
    junk = [f for f in feed_set if f is not top and inside_any(f, {top})
            and all(c in muted for c in f if isinstance(c.tag, str))]
    players = _player_boxes(top)
    opening = _opening_title(top, title) if title and len(title) < 0.8 * top_chars else None
    if opening is not None:  # not when the headline is most of the body (a post that is its title)
        junk.append(opening)
    stack = list(top)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("h1", "h2") and title and heading_text(el) == title:
            junk.append(el)
            continue
        if el.tag == "a" and _is_ad_link(el):
            junk.append(el)
            continue
        st = stats.get(el)
        if _is_junk(el, st, top_chars) or (players and el in players and _is_player_box(el, st)):
            junk.append(el)
            continue
        if (st is not None and ASIDE_MIN_CHARS <= st.chars < 0.5 * top_chars and len(el) >= 2
                and (el.tag in _BOX_TAGS or el in feed_set) and (is_aside_box(el, feed_set)
                                             or (len(el) >= WIDGET_BOXES and widget_column(el, el, stats)))):
            junk.append(el)  # a related list, a feed, a comment section, a column of widgets inside the container
            continue
        stack.extend(el)
    for el in junk:
        remove_element(el)


def _opening_title(top: etree._Element, title: str) -> etree._Element | None:
    """The element opening ``top`` whose text is the headline, compared without blanks: a document's title
    repeated over lines (``<strong>X<br>Y</strong>``) at the top of its body; None when there is none."""
    first = first_text_owner(top)
    if first is None or first[1]:
        return None
    want = "".join(title.split())
    el: etree._Element | None = first[0]
    while el is not None and el is not top:
        got = "".join(node_text(el).split())
        if got == want:
            return el
        if len(got) > len(want) or not want.startswith(got):
            return None
        el = el.getparent()
    return None


#: a box beside the article inside the body is looked for among boxes of this many characters or more
ASIDE_MIN_CHARS = 30
# the tags of structure.is_aside_box's boxes (asked first: most elements of a body are paragraphs)
_BOX_TAGS = frozenset({"div", "section", "ul", "ol", "dl", "table", "aside"})


#: a player box (a ``<video>`` and its title line) holds at most this many characters of text
PLAYER_MAX_CHARS = 60


def _player_boxes(top: etree._Element) -> set[etree._Element]:
    """The elements inside ``top`` (not ``top``) that hold a ``<video>``."""
    out: set[etree._Element] = set()
    for v in top.iter("video"):
        for a in v.iterancestors():
            if a is top or a in out:
                break
            out.add(a)
        out.add(v)
    return out


def _is_player_box(el: etree._Element, st: BlockStats | None) -> bool:
    """A video player's box: a ``<video>`` with a title line (``视频：…``) of :data:`PLAYER_MAX_CHARS` characters
    at most and no sentence end; a player carries another story's title or its own controls' text, not the
    article's prose."""
    if el.tag == "video":
        return True
    chars = st.chars if st is not None else 0
    return chars <= PLAYER_MAX_CHARS and not (chars and SENTENCE_END_RE.search(node_text(el)))


@dataclass
class BodyChoice:
    """The chosen body: its container (``top``), the sibling parts it was split into (``parts``, ``top``
    first in page order … as the page has them; ``[top]`` when whole), the block stats, the feeds found on
    the page and their short items (``muted``: they scored nothing), and ``method`` (``"rule"`` or ``"ours"``)."""

    top: etree._Element
    parts: list[etree._Element]
    stats: dict[etree._Element, BlockStats]
    feeds: list[etree._Element]
    muted: set[etree._Element]
    method: str
    page_feeds: list[etree._Element] = field(default_factory=list)


def stray_roots(body: etree._Element) -> list[etree._Element]:
    """Elements after ``<body>`` or after its ``<html>`` (content after a premature ``</body>`` or ``</html>``,
    which the parser leaves outside the body, often a second ``<html>``); [] on most pages."""
    out = [el for el in body.itersiblings() if isinstance(el.tag, str)]
    html = body.getparent()
    if html is not None:
        out += [el for el in html.itersiblings() if isinstance(el.tag, str)]
    return out


def choose_body(page: ParsedPage, title: str | None = None) -> BodyChoice:
    """Prune the tree (:func:`prune`, with the rule's removals), find the feeds, score the blocks and choose
    the body container (the rule's ``body``, else :func:`best_container` on blocks scored knowing where
    the ``title``'s heading is, and its :func:`split_parts`).
    Raises ``PageError('no_article_body')`` when no block of article text is found or the best one is a
    list of links (message :data:`LINK_LIST`)."""
    root = page.root
    reveal(page)  # the rule's ``show``: a body hidden until scripts run is not pruned as hidden
    prune(root, select(root, page.rule.get("remove")))
    top = None
    for el in select(root, page.rule.get("body")):
        if visible_chars(node_text(el)) >= MIN_BODY_CHARS:
            top = el
            break
    scopes = [page.body, *stray_roots(page.body)]    # score_blocks reads the whole document
    all_feeds = [f for scope in scopes for f in find_feeds(scope)]   # also on a rule's page: the lines around
    feeds = all_feeds if top is None else []                          # the body skip them
    heading = title_heading(page.body, title) if top is None else None
    muted = feed_items(all_feeds)   # on a rule's page: the feeds of only such items inside its body go
    if top is None:
        muted |= {box for scope in scopes for box in aside_boxes(scope, heading)}
    if all_feeds:
        muted |= teaser_items(all_feeds, muted, heading)
    stats = score_blocks(page.body, muted, heading)
    method = "rule" if top is not None else "ours"
    if top is None:
        top = best_container(page.body, stats, feeds, heading)
    if top is None or top not in stats or stats[top].chars - stats[top].links < MIN_BODY_CHARS:
        raise PageError("no_article_body", "no block of article text found")
    st = stats[top]
    if st.links > 0.6 * st.chars:
        raise PageError("no_article_body", LINK_LIST)
    parts = split_parts(top, stats, all_feeds)   # a rule's body split by an ad too
    return BodyChoice(parts[0], parts, stats, all_feeds, muted, method, all_feeds)


def container_figures(choice: BodyChoice, body: etree._Element) -> tuple[float, float]:
    """(link density of the chosen parts, their share of the page's non-link text), for the confidence."""
    parts = [choice.stats[p] for p in choice.parts if p in choice.stats]
    chars, links = sum(p.chars for p in parts), sum(p.links for p in parts)
    page = choice.stats.get(body)
    if not chars:
        return 0.0, 0.0
    page_plain = (page.chars - page.links) if page else 0
    return links / chars, ((chars - links) / page_plain if page_plain > 0 else 1.0)
