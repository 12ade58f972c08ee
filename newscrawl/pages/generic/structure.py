"""Page-structure cues for choosing the body, the same on every site: feeds (a repeated item template, each
item a headline link with a summary: recommendation widgets, "猜你喜欢", news feeds), sidebars (``<aside>``,
``sidebar``/``widget`` boxes and what they hold), boxes beside the article (comment sections, boxes headed
相关阅读/网友评论), and an article split by ad or video blocks into sibling parts of the same kind."""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

_ITEM_TAGS = frozenset({"li", "div", "article", "section", "dl", "dd", "tr"})
#: a feed has at least this many items of one template, most of them with a headline link
MIN_FEED_ITEMS = 4
#: a feed item holds less text than this besides its headline (a summary); a longer one (a forum's first
#: post, a long comment) is not muted
FEED_ITEM_MAX_CHARS = 200
# semantic names only: "right"/"left" name a column of the layout, and gov sites put the article in the right one
_SIDEBAR_RE = re.compile(r"sidebar|sidebox|side[-_]bar|widget|\bsecondary\b|\baside\b|\bsider\b", re.IGNORECASE)


def _text_len(el: etree._Element) -> int:
    return len("".join(etree.tostring(el, method="text", encoding="unicode", with_tail=False).split()))


def _alone(el: etree._Element) -> bool:
    """No text right before or after ``el`` among its siblings (a line of its own, not a word in prose)."""
    if el.tail and el.tail.strip():
        return False
    prev, parent = el.getprevious(), el.getparent()
    before = prev.tail if prev is not None else (parent.text if parent is not None else None)
    return not (before and before.strip())


def _headline_link(item: etree._Element) -> bool:
    """Whether ``item`` holds a headline link: a link of 6+ characters standing alone on its line (with
    the elements wrapping only it), beside 10+ more characters in the item (a summary, a time). A link
    inside a sentence is no headline."""
    whole = _text_len(item)
    if whole < 16:
        return False
    for a in item.iter("a"):
        n = _text_len(a)
        if n < 6 or whole <= n + 10:
            continue
        line = a
        while (parent := line.getparent()) is not None and parent is not item and _text_len(parent) <= n + 2:
            line = parent
        if _alone(line):
            return True
    return False


_FEED_PARENT_TAGS = ("ul", "ol", "div", "section", "table", "tbody", "dl", "article", "main")


def find_feeds(body: etree._Element) -> list[etree._Element]:
    """Containers of 4+ children of one template (tag and class), most of which hold a headline link and
    text of their own: a feed or recommendation widget, never the article."""
    feeds = []
    for el in body.iter(*_FEED_PARENT_TAGS):
        if len(el) < MIN_FEED_ITEMS:
            continue
        kids = [c for c in el if c.tag in _ITEM_TAGS]  # a comment's tag is no string: never an item tag
        if len(kids) < MIN_FEED_ITEMS:
            continue
        kinds = [(c.tag, c.get("class")) for c in kids]
        counts: dict[tuple[str, str | None], int] = {}
        for k in kinds:
            counts[k] = counts.get(k, 0) + 1
        kind = max(counts, key=counts.__getitem__)  # the first most common (Counter.most_common(1))
        if counts[kind] < MIN_FEED_ITEMS:
            continue
        items = [c for c, k in zip(kids, kinds) if k == kind]
        need = max(MIN_FEED_ITEMS, 0.6 * len(items))
        found = missed = 0
        for c in items:
            if _headline_link(c):
                found += 1
                if found >= need:
                    feeds.append(el)
                    break
            else:
                missed += 1
                if missed > len(items) - need:
                    break
    return feeds


def feed_items(feeds: list[etree._Element]) -> set[etree._Element]:
    """The items of ``feeds`` with under :data:`FEED_ITEM_MAX_CHARS` characters: the ones that score nothing."""
    return {c for f in feeds for c in f if isinstance(c.tag, str) and _text_len(c) < FEED_ITEM_MAX_CHARS}


def inside_any(el: etree._Element, containers: list[etree._Element] | set[etree._Element]) -> bool:
    """Whether ``el`` is one of ``containers`` or inside one."""
    if not containers:
        return False
    x: etree._Element | None = el
    while x is not None:
        if x in containers:
            return True
        x = x.getparent()
    return False


def contains_any(el: etree._Element, containers: list[etree._Element], but: etree._Element) -> bool:
    """Whether one of ``containers`` lies inside ``el`` and outside ``but``."""
    for c in containers:
        if inside_any(c, {but}):
            continue
        x = c.getparent()
        while x is not None:
            if x is el:
                return True
            x = x.getparent()
    return False


def is_sidebar_box(el: etree._Element) -> bool:
    """An ``<aside>`` or a box whose class/id names a sidebar, a widget or a secondary column."""
    return el.tag == "aside" or _sidebar_name(f"{el.get('class') or ''} {el.get('id') or ''}")


@lru_cache(maxsize=4096)
def _sidebar_name(names: str) -> bool:
    """Whether a ``"class id"`` string names a sidebar box; cached: a page repeats a few class names."""
    return bool(_SIDEBAR_RE.search(names))


def in_sidebar(el: etree._Element, memo: dict[etree._Element, bool]) -> bool:
    """Whether ``el`` is or sits in an ``<aside>`` or a box named sidebar/widget/secondary."""
    chain = []
    x: etree._Element | None = el
    found = False
    while x is not None:
        if x in memo:
            found = memo[x]
            break
        chain.append(x)
        if is_sidebar_box(x):
            found = True
            break
        x = x.getparent()
    for y in chain:
        memo[y] = found
    return found


def title_heading(body: etree._Element, title: str | None) -> etree._Element | None:
    """The first h1 showing the headline (equal to it, or one holding the other, 6+ characters), else the
    first such h2."""
    if not title:
        return None
    for tag in ("h1", "h2"):
        for h in body.iter(tag):
            t = " ".join(etree.tostring(h, method="text", encoding="unicode", with_tail=False).split())
            if t and (t == title or (len(t) >= 6 and t in title) or (len(title) >= 6 and title in t)):
                return h
    return None


# --- boxes beside the article: related lists, recommendations, comments ------------------------------

_COMMENT_RE = re.compile(r"(?:^|[\s_-])(?:comments?|pinglun)(?:$|[\s_-])", re.IGNORECASE)


@lru_cache(maxsize=4096)
def is_comment_name(names: str) -> bool:
    """Whether a ``"class id"`` string names a comment section (``comment-list``, ``comments``, ``pinglun``)."""
    return bool(_COMMENT_RE.search(names))


def _class_and_id(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def first_text(el: etree._Element) -> str:
    """The element's first non-blank text run, stripped."""
    t = el.text
    if t and (t := t.strip()):  # most often its own text: no iterator
        return t
    x = el
    while len(x):  # else most often the text of a first child (of a first child …): itertext's next ones
        x = x[0]
        if not isinstance(x.tag, str):
            break  # a comment: itertext skips its text
        t = x.text
        if t and (t := t.strip()):
            return t
    for t in el.itertext():
        t = t.strip()
        if t:
            return t
    return ""


def is_after_heading(line: str) -> bool:
    """A heading of what follows an article and is not part of it (相关阅读, 猜你喜欢, 网友评论（12）…)."""
    return bool(_AFTER_HEAD_RE.match(line))


# the heading of what follows an article and is not part of it: related articles, recommendations, comments
_AFTER_HEAD_RE = re.compile(
    r"^(?:(?:相关|推荐|延伸|热门|更多|精彩|往期|最新)(?:阅读|新闻|文章|推荐|报道|资讯|内容)|猜你喜欢|为你推荐|大家都在看"
    r"|(?:网友|读者|全部|最新|热门|精彩)?评论(?:区|列表)?\s*(?:[(（]\d+[)）]|\d+条?)?)\s*[:：>»]*$")


def is_aside_box(el: etree._Element, feeds: list[etree._Element] | set[etree._Element]) -> bool:
    """A box beside the article, not about it: a feed (related articles, recommendations), a comment
    section (class/id ``comment``/``pinglun`` on a box of two or more children: not a 查看评论 link), or a box
    whose first child is a heading 相关阅读, 猜你喜欢, 网友评论 … alone."""
    if el in feeds:
        return True
    if el.tag not in _CONTAINER_BOXES or len(el) < 2:
        return False
    if is_comment_name(_class_and_id(el)):
        return True
    # headed: the box's text opens with the heading, and its first child holds the heading alone
    head = el[0]
    if not isinstance(head.tag, str):
        return False
    first = el.text
    if not (first and (first := first.strip())):
        # the box's first text is its first child's, or the child holds none (then not the heading alone):
        # the child's subtree is read, not the whole box's
        first = first_text(head)
        if not first:
            return False
    return (len(first) <= 20 and bool(_AFTER_HEAD_RE.match(first))
            and "".join(head.xpath("string()").split()) == "".join(first.split()))


_CONTAINER_BOXES = frozenset({"div", "section", "ul", "ol", "dl", "table", "aside"})


def aside_boxes(body: etree._Element, heading: etree._Element | None = None) -> list[etree._Element]:
    """The outermost comment sections and boxes headed 相关阅读, 猜你喜欢, 网友评论 … (:func:`is_aside_box`
    without feeds) that do not hold the headline's ``heading``: their paragraphs are readers' and other
    articles', and score nothing."""
    out: list[etree._Element] = []
    inside_last: set[etree._Element] = set()  # the boxes inside the last one found (document order: no other)
    for el in body.iter(*_CONTAINER_BOXES):
        if el in inside_last:
            continue
        if is_aside_box(el, ()) and not (heading is not None and inside_any(heading, {el})):
            out.append(el)
            inside_last = set(el.iter(*_CONTAINER_BOXES))
    return out
