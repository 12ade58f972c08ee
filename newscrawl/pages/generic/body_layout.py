"""Where the article lies among the page's scored blocks: class/id cues, an article split into sibling parts
by ad or player blocks (``split_parts``; parts that win together), the headline's column beside a column of
widgets, and the teasers of a recommendation widget (``teaser_items``). Used by ``body``."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from lxml import etree

from newscrawl.pages.generic.structure import in_sidebar, inside_any
from newscrawl.pages.generic.tree import node_text, visible_chars

if TYPE_CHECKING:
    from newscrawl.pages.generic.body import BlockStats

CONTAINER_TAGS = frozenset({"div", "td", "article", "section", "main", "body", "center", "form", "blockquote",
                            "table", "tbody", "tr", "dd", "li", "font", "span"})
#: what ``body.best_container`` may choose
CANDIDATE_TAGS = CONTAINER_TAGS | {"p", "pre"}


_NEGATIVE_RE = re.compile(
    r"comment|share|footer|foot\b|sidebar|side\b|related|recommend|breadcrumb|crumb|copyright|login|"
    r"advert|\bads?\b|ad[-_]|banner|menu|toolbar|social|hotnews|hot[-_]|rank|weixin|qrcode|erweima|"
    r"pinglun|xiangguan|tuijian|\bnav|pager|pagination|next|prev|keyword|\btags?\b|friend|links?\b|"
    r"statement|disclaimer|shengming|mianze|download|app[-_]?down|feedback|report|dialog|popup|modal|"
    r"reflist|\breferences\b|footnotes?\b|infobox|navbox|editsection|catlinks|promo", re.IGNORECASE)


_POSITIVE_RE = re.compile(
    r"article|content|\btext|body|detail|main|post|entry|story|\bnews|zhengwen|\bzw\b|neirong|conent|"
    r"txt|essay|artic|cont\b|TRS_Editor|rich_media|markdown", re.IGNORECASE)


@lru_cache(maxsize=4096)
def name_cues(names: str) -> tuple[bool, bool]:
    """(positive, negative) class/id cues of ``"class id"``; cached: a page repeats a few class names."""
    if not names.strip():
        return False, False
    return bool(_POSITIVE_RE.search(names)), bool(_NEGATIVE_RE.search(names))


def class_names(el: etree._Element) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def class_weight(el: etree._Element) -> float:
    positive, negative = name_cues(class_names(el))
    w = 1.0
    if positive:
        w *= 1.3
    if negative:
        w *= 0.4
    return w


SPLIT_TAGS = ("div", "section", "article")


def weighted_score(el: etree._Element, st: BlockStats, sidebar: dict[etree._Element, bool]) -> float:
    """A candidate's score as :func:`best_container` weighs it (link density, class/id, sidebar)."""
    if not st.score or not st.chars:
        return 0.0
    score = st.score * (1.0 - st.links / st.chars) * class_weight(el)
    return score * 0.4 if in_sidebar(el, sidebar) else score


def split_group_winner(boxes: list[tuple[etree._Element, float]], stats: dict[etree._Element, BlockStats],
                       best: etree._Element, best_score: float, sidebar: dict[etree._Element, bool],
                       feeds: list[etree._Element]) -> etree._Element:
    """``best``, or a part of an article split by ad or player blocks (:func:`split_parts`) whose
    parts weigh more together than ``best``: each part alone may lose to a long block beside it (an author's
    bio, a sidebar paragraph) that the whole article beats. Not parts inside ``best`` or holding it (it has
    them, or they have it); only ``boxes`` (the scored div/section/article blocks, with their score less
    link density) scoring over a quarter of ``best`` are asked (few per page); the items of a feed never form
    a group, nor boxes under headings (:func:`_modules`)."""
    floor = 0.25 * best_score
    winner, top = best, best_score
    seen: set[etree._Element] = set()
    for el, score in boxes:
        if score * 1.3 <= floor or el in seen or el is best or not el.get("class"):
            continue
        if weighted_score(el, stats[el], sidebar) <= floor:
            continue
        parts = split_parts(el, stats, feeds)
        seen.update(parts)
        if len(parts) < 2 or el.getparent() in feeds or _modules(parts):
            continue
        group = sum(weighted_score(p, stats[p], sidebar) for p in parts if p in stats)
        if group > top and not inside_any(best, set(parts)) and not inside_any(el, {best}):
            winner, top = el, group   # the part its group was read from (split_parts reads the same again)
    return winner


HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _opens_with_heading(el: etree._Element) -> bool:
    first = next((c for c in el if isinstance(c.tag, str)), None)
    return first is not None and first.tag in HEADINGS


def _modules(parts: list[etree._Element]) -> bool:
    """Whether sibling ``parts`` are boxes under headings rather than one article cut by ads: every part opens
    with a heading, or a block between them does (a sidebar's 最新文章 list between its 个人简介 and 公告)."""
    if all(_opens_with_heading(p) for p in parts):
        return True
    siblings = [c for c in parts[0].itersiblings() if isinstance(c.tag, str)]
    between = siblings[:siblings.index(parts[-1])] if parts[-1] in siblings else []
    return any(c not in parts and _opens_with_heading(c) for c in between)


_BOX_TAGS = frozenset({"div", "section", "dl", "ul", "aside"})


#: a column of widgets: at least this many boxes opening with a heading, one of them mostly links
WIDGET_BOXES = 3


#: the headline's column wins over a widget column when its best block holds this many plain characters
HEADLINE_COLUMN_MIN_CHARS = 40


def _mostly_links(el: etree._Element, stats: dict[etree._Element, BlockStats] | None) -> bool:
    """Whether over half of ``el``'s text is link text (from ``stats``, else counted)."""
    if stats is not None:
        st = stats.get(el)
        return st is not None and st.chars > 0 and st.links > 0.5 * st.chars
    chars = visible_chars(node_text(el))
    return chars > 0 and sum(visible_chars(node_text(a)) for a in el.iter("a")) > 0.5 * chars


def widget_column(best: etree._Element, column: etree._Element,
                  stats: dict[etree._Element, BlockStats] | None = None) -> bool:
    """Whether ``best`` is or sits (up to ``column``) in a column of widgets: :data:`WIDGET_BOXES`+ child
    boxes that open with a heading (个人简介, 公告, 最新文章 …), one of them mostly links (a list of posts,
    categories, an archive). An article's sections under subheadings hold no such link list."""
    x: etree._Element | None = best
    while x is not None:
        headed = links = 0
        for c in x:
            if c.tag in _BOX_TAGS and len(c) >= 2 and c[0].tag in HEADINGS:
                headed += 1
                if not links and _mostly_links(c, stats):
                    links += 1
        if headed >= WIDGET_BOXES and links:
            return True
        if x is column:
            return False
        x = x.getparent()
    return False


def headline_column_winner(stats: dict[etree._Element, BlockStats], best: etree._Element,
                           heading: etree._Element | None, sidebar: dict[etree._Element, bool]) -> etree._Element:
    """``best``, or the best block beside a column of widgets (:func:`widget_column`) that won or helped to
    win: a short post beside a profile, a notice board and lists of posts, whose prose outweighs it. When
    ``best`` holds a column of widgets among its children (not one holding the ``heading``), its other
    children are searched; when ``best`` lies in another column than the headline's ``heading`` (the
    children, holding each, of their lowest shared ancestor) and that column is one of widgets, the
    headline's column is. The block found needs :data:`HEADLINE_COLUMN_MIN_CHARS`+ plain characters."""
    chain = [heading, *heading.iterancestors()] if heading is not None else []
    on_heading_path = set(chain)
    widgets = [c for c in best if c.tag in _BOX_TAGS and c not in on_heading_path and widget_column(c, c, stats)]
    if widgets:
        roots = [c for c in best if isinstance(c.tag, str) and c not in widgets]
    else:
        if heading is None or best in on_heading_path:
            return best
        below, x = best, best
        while x is not None and x not in on_heading_path:
            below, x = x, x.getparent()
        if x is None or x is heading:
            return best     # best sits in the heading
        column = chain[chain.index(x) - 1]
        if column is heading or not widget_column(best, below, stats):
            return best
        roots = [column]
    found, found_score = None, 0.0
    for root in roots:
        for el in root.iter(*CANDIDATE_TAGS):
            st = stats.get(el)
            if st is not None and st.score:
                score = weighted_score(el, st, sidebar)
                if score > found_score:
                    found, found_score = el, score
    if found is None or stats[found].chars - stats[found].links < HEADLINE_COLUMN_MIN_CHARS:
        return best
    return found


def split_child(el: etree._Element, stats: dict[etree._Element, BlockStats],
                 feeds: list[etree._Element]) -> list[etree._Element]:
    """The parts of an article split by an ad among ``el``'s children (:func:`split_parts` of its best-scored
    child, with blocks between them that are no headings) when they hold 60% or more of its plain text;
    else []."""
    kids = [c for c in el if isinstance(c.tag, str) and c in stats]
    if len(kids) < 3:
        return []
    child = max(kids, key=lambda c: stats[c].score)
    parts = split_parts(child, stats, feeds)
    if len(parts) < 2:
        return []
    at = [kids.index(p) for p in parts if p in kids]
    between = [k for k in kids[at[0]:at[-1] + 1] if k not in parts] if len(at) == len(parts) else []
    if not between or any(k.tag in HEADINGS or next(k.iter(*HEADINGS), None) is not None for k in between):
        return []       # sections of one kind (under their headings), not an article cut by an ad or a player
    plain = sum(stats[p].chars - stats[p].links for p in parts)
    whole = stats[el].chars - stats[el].links
    return parts if whole and plain >= 0.6 * whole else []


SENTENCE_END_RE = re.compile("[。！？!?]")


#: a feed item opening with a link of this many characters or more (a headline) is another article's teaser
TEASER_HEADLINE_CHARS = 8


def first_text_owner(el: etree._Element) -> tuple[etree._Element, bool] | None:
    """The element whose text (False) or tail (True) is the first non-blank text run inside ``el``, walked
    in document order and stopped there (an XPath ``[1]`` on the descendants reads them all)."""
    for event, x in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if x.text and not x.text.isspace():
                return x, False
        elif x is not el and x.tail and not x.tail.isspace():
            return x, True
    return None


#: an item starting within this many text runs after the headline is the article (a forum's first post)
TEASER_NEAR_TEXTS = 8


# a text run of 20+ characters holding a sentence end somewhere before the element (the nearest one)
_SENTENCE_BEFORE = etree.XPath("boolean(preceding::text()[string-length(normalize-space()) >= 20 and "
                               "(contains(., '。') or contains(., '！') or contains(., '？'))][1])")
_NEAR_TEXTS = etree.XPath(f"preceding::text()[normalize-space()][position() <= {TEASER_NEAR_TEXTS}]")


def teaser_items(feeds: list[etree._Element], muted: set[etree._Element],
                 heading: etree._Element | None = None) -> set[etree._Element]:
    """The long items of ``feeds`` (not ``muted`` yet) that open with a headline link of
    :data:`TEASER_HEADLINE_CHARS`+ characters: a recommendation widget's teasers of other articles, however
    long their summaries (they score nothing). Not an item holding the headline's ``heading`` or starting
    right under it (:func:`_right_under`: a forum's first post under its poster's name)."""
    out: set[etree._Element] = set()
    for feed in feeds:
        for item in feed:
            if not isinstance(item.tag, str) or item in muted:
                continue
            first = first_text_owner(item)
            if first is None:
                continue
            owner = first[0].getparent() if first[1] else first[0]
            link = None
            while owner is not None and owner is not item:
                if owner.tag == "a":
                    link = owner
                    break
                owner = owner.getparent()
            if (link is None or visible_chars(node_text(link)) < TEASER_HEADLINE_CHARS
                    or (heading is not None and inside_any(heading, {item}))):
                continue
            if not _right_under(item, heading):
                out.add(item)
    return out


def _right_under(el: etree._Element, heading: etree._Element | None) -> bool:
    """Whether ``el`` starts right under the headline's ``heading``: no sentence among the
    :data:`TEASER_NEAR_TEXTS` text runs before it up to the heading's (an info line, a poster's name only);
    without a known heading, no sentence before it at all (nothing of an article stands before it)."""
    for run in reversed(_NEAR_TEXTS(el)):
        owner = run.getparent()
        if heading is not None and owner is not None and inside_any(owner, {heading}):
            return True
        if len(run) >= 20 and SENTENCE_END_RE.search(run):
            return False
    return heading is None and not _SENTENCE_BEFORE(el)


def _prose(st: BlockStats | None) -> tuple[int, float, float]:
    """(plain characters, link density, punctuation per plain character) of a block's stats."""
    if st is None or not st.chars:
        return 0, 0.0, 0.0
    plain = st.chars - st.links
    return plain, st.links / st.chars, (st.punct / plain if plain else 0.0)


def _same_kind(a: etree._Element, b: etree._Element) -> bool:
    """The same tag and a class name in common, and no negative class/id on ``b``."""
    if a.tag != b.tag or not set((a.get("class") or "").split()) & set((b.get("class") or "").split()):
        return False
    return not name_cues(class_names(b))[1]


def split_parts(best: etree._Element, stats: dict[etree._Element, BlockStats],
                feeds: list[etree._Element]) -> list[etree._Element]:
    """``best`` and its siblings of the same kind (tag, a class name in common, no negative class) holding
    prose like it (20+ characters, link density 0.3 at most, half its punctuation rate or more), past ad,
    video and other light blocks between them (under 200 characters, of which under 60 outside links, or
    mostly links): an article that a portal split into parts around an ad or a player. In page order;
    ``[best]`` when it has no such sibling."""
    parent = best.getparent()
    if parent is None or not (best.get("class") or "").strip() or best.tag not in ("div", "section", "article"):
        return [best]
    _, _, rate = _prose(stats.get(best))
    siblings = [c for c in parent if isinstance(c.tag, str)]
    at = siblings.index(best)
    keep = {at}
    for step in (1, -1):
        i = at + step
        while 0 <= i < len(siblings):
            sib = siblings[i]
            st = stats.get(sib)
            plain, density, srate = _prose(st)
            if _same_kind(best, sib) and plain >= 20 and density <= 0.3 and srate >= 0.5 * rate \
                    and sib not in feeds:
                keep.add(i)
            elif (st.chars if st else 0) >= 200 or not (plain < 60 or density > 0.5):
                break  # a block of another kind (a list of 200+ characters, a comment) ends the article
            i += step
    return [siblings[i] for i in sorted(keep)]
