"""More perturbations for benchmarks/eval_perturb.py: the failure classes of issue 14 that the markup and wording
changes of benchmarks/perturbations.py do not cover. Each is a pure, seeded ``(html, gold, rng) -> (html, gold) |
None`` that keeps the labels true by ../shared/corpus/README.md:

- a date shown relatively (``昨天 14:05``, ``3小时前``) or without its year (``05-08 23:23``), the absolute time
  only in a meta tag or an inline script (the README: the value then comes from meta or script); a meta time
  of another day beside the date shown (the shown one wins);
- a byline whose name is a link to the author's profile (``作者：<a href="/author/…">X</a>``), or split over
  two spans (``<span>记者</span><span>X</span>``);
- an editor's line right after the byline (``责任编辑：Y``: never an author, not article text);
- bylines in datelines and with outlet prefixes (``据新华社电（记者 X）``, ``X记者Y、Z报道：``, ``【文/X网 Y】``,
  ``X·掌上新闻记者 Y``), editors and photographers beside the writer (``责任编辑：``, ``图/``, ``X/摄``);
- a footer with a registration date and an ICP number beside the article (not the article's date);
- neutral class names and no meta tags at once (``bare_markup``);
- the article cut in three sibling parts around ads and players (``ads_split_three``), a recommendation widget
  of long teasers or a column of widgets (profile, notices, a list of posts) beside it (``beside_*``).

Names and outlets are made up (perturb_content). ``TRANSFORMS`` holds these and those of perturbations.py.
"""
from __future__ import annotations

import copy
import json
import random
import re
from datetime import datetime, timedelta

from eval_score import gold_date, gold_date_fields
from lxml import etree
from perturb_content import ad_block, headline, synthetic_name, synthetic_outlet, video_block
from perturbations import TRANSFORMS as BASE_TRANSFORMS
from perturbations import (
    Gold,
    Transform,
    block_children,
    filled_date_fields,
    gold_byline,
    outside_table,
    parse,
    parsed_container,
    replace_matches,
    rewrite_byline,
    serialize,
    shown_gold_date,
    slot_get,
    slot_set,
    squeeze,
)

_DATE_META_RE = re.compile(r"time|date", re.IGNORECASE)
_LD_DATE_RE = re.compile(r'("date(?:Published|Created|Modified)"\s*:\s*)"[^"]*"')


def _drop_structured_dates(root: etree._Element) -> None:
    """Meta tags naming a time or date, JSON-LD dates and ``<time>`` attributes out: the anchor the
    transformation adds is then the page's only absolute time."""
    for el in list(root.iter("meta")):
        if _DATE_META_RE.search(" ".join(el.get(k) or "" for k in ("name", "property", "itemprop", "http-equiv"))):
            el.getparent().remove(el)
    for el in root.iter("script"):
        if (el.get("type") or "").lower() == "application/ld+json" and el.text:
            el.text = _LD_DATE_RE.sub(r'\1""', el.text)   # its dates emptied, its author kept
    for el in root.iter("time"):
        el.attrib.pop("datetime", None)


def _head(root: etree._Element) -> etree._Element:
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    return head


def _anchor(root: etree._Element, where: str, iso: str, title: str, rng: random.Random) -> None:
    """The absolute time in a meta tag (``meta``) or in the article's object of an inline script (``script``:
    ``var articleInfo = {"title": …, "publish_time": …}``, as portals and self-media pages print it)."""
    if where == "meta":
        etree.SubElement(_head(root), "meta", {"property": "article:published_time", "content": iso})
        return
    script = etree.SubElement(_head(root), "script")
    key = rng.choice(("publish_time", "pubtime", "publishTime"))
    title = json.dumps(title, ensure_ascii=False)
    script.text = (f'var articleInfo = {{"id": "{rng.randrange(10**6, 10**7)}", "title": {title}, '
                   f'"{key}": "{iso[:10]} {iso[11:19]}"}};')


def _page_title(root: etree._Element, gold: Gold) -> str:
    if gold.get("title"):
        return str(gold["title"])
    for tag in ("h1", "title"):
        el = next(iter(root.iter(tag)), None)
        if el is not None and squeeze(el.xpath("string()")):
            return " ".join(el.xpath("string()").split())
    return ""


def shown_relative(shown: str, anchor: str) -> Transform:
    """The shown date (to the minute) rewritten as ``昨天 HH:MM`` (``yesterday``), ``N小时前`` (``hours_ago``) or
    ``MM-DD HH:MM`` (``yearless``), every structured date removed and the full time put in a meta tag or an
    inline script (``anchor``). The gold keeps its time (README: the value comes from meta or script)."""
    def transform(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
        located = shown_gold_date(html, gold, 5)
        if not located:
            return None
        root, g, found = located
        y, mo, d, hh, mi, ss = filled_date_fields(g, rng)
        new = {"yesterday": f"昨天 {hh:02d}:{mi:02d}", "hours_ago": f"{rng.randrange(2, 10)}小时前",
               "yearless": f"{mo:02d}-{d:02d} {hh:02d}:{mi:02d}"}[shown]
        replace_matches(found, new, False)
        _drop_structured_dates(root)
        _anchor(root, anchor, f"{y:04d}-{mo:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}+08:00",
                _page_title(root, gold), rng)
        return serialize(root), gold
    transform.__name__ = f"date_{shown}_{anchor}"
    return transform


def date_meta_conflict(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
    """A structured time of another day (a CMS's re-publication or crawl time, 1 to 3 days later) in the
    publication meta tag and JSON-LD, while the page still shows the gold date (README: the shown one wins)."""
    located = shown_gold_date(html, gold)
    if not located:
        return None
    root, g, _ = located
    y, mo, d, hh, mi, ss = filled_date_fields(g, rng)
    later = datetime(y, mo, d, hh, mi, ss) + timedelta(days=rng.randrange(1, 4), minutes=rng.randrange(1, 600))
    _drop_structured_dates(root)
    _anchor(root, "meta", later.strftime("%Y-%m-%dT%H:%M:%S+08:00"), "", rng)
    return serialize(root), gold


# --- byline markup ---------------------------------------------------------------------------------------

def _replace_span(el: etree._Element, slot: str, start: int, end: int, new: list[etree._Element | str]) -> None:
    """``slot_get(el, slot)[start:end]`` replaced by ``new`` (text and elements, in order)."""
    text = slot_get(el, slot)
    before, after = text[:start], text[end:]
    if slot == "text":
        parent, at = el, 0
    else:
        parent, at = el.getparent(), el.getparent().index(el) + 1
    slot_set(el, slot, before)
    prev: etree._Element | None = None if slot == "text" else el
    for item in new:
        if isinstance(item, str):
            if prev is None:
                parent.text = (parent.text or "") + item
            else:
                prev.tail = (prev.tail or "") + item
            continue
        item.tail = None
        parent.insert(at, item)
        at += 1
        prev = item
    if prev is None:
        parent.text = (parent.text or "") + after
    else:
        prev.tail = (prev.tail or "") + after


def byline_markup(kind: str) -> Transform:
    """The byline naming the gold authors rewritten as ``作者：`` + links to the authors' profile pages
    (``profile_link``), as a role word and the names in spans of their own (``split_spans``), or followed by
    an editor's line (``editor_line``: ``责任编辑：Y 校对：Z`` as a paragraph of its own after the byline's block,
    not article text)."""
    def transform(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
        located = gold_byline(html, gold)
        if not located:
            return None
        root, authors, (el, slot, start, end) = located
        old = slot_get(el, slot)[start:end]
        new: list[etree._Element | str]
        if kind == "profile_link":
            new = ["作者："]
            for i, a in enumerate(authors):
                link = etree.Element("a", {"href": f"/author/{rng.randrange(10**5, 10**6)}.html",
                                           "target": "_blank"})
                link.text = a
                new += [" " if i else "", link]
            line = "作者：" + " ".join(authors)
        elif kind == "split_spans":
            role = etree.Element("span", {"class": f"s{rng.randrange(1, 9)}"})
            role.text = rng.choice(("记者", "作者：", "文/"))
            names = etree.Element("span", {"class": f"s{rng.randrange(1, 9)}"})
            names.text = " ".join(authors)
            new = [role, names]
            line = role.text + names.text
        else:
            return _editor_line_after(html, root, el, slot, rng, gold)
        _replace_span(el, slot, start, end, new)
        new_gold = dict(gold)
        text = gold.get("text") or ""
        if old and old in text and line != old:
            new_gold["text"] = text.replace(old, line, 1)
        return serialize(root), new_gold
    transform.__name__ = f"byline_{kind}"
    return transform


_BLOCKS = frozenset({"p", "div", "td", "li", "dd", "center", "section", "h1", "h2", "h3", "h4"})


def _editor_line_after(html: str, found_in: etree._Element, el: etree._Element, slot: str, rng: random.Random,
                       gold: Gold) -> tuple[str, Gold] | None:
    """``责任编辑：Y 校对：Z`` as a paragraph of its own right after the block holding the byline (looked up again
    in a fresh parse: finding the byline may have moved its text). None when that block is long (a byline
    inside the article's running text)."""
    path = found_in.getroottree().getpath(el if slot == "text" and isinstance(el.tag, str) else el.getparent())
    root = parse(html)
    hits = root.getroottree().xpath(path)
    block = hits[0] if hits else None
    while block is not None and block.tag not in _BLOCKS:
        block = block.getparent()
    if block is None or len(squeeze(block.xpath("string()"))) > 120:
        return None
    editor = etree.Element("p", {"class": f"p{rng.randrange(1, 9)}"})
    editor.text = f"责任编辑：{synthetic_name(rng)} 校对：{synthetic_name(rng)}"
    editor.tail, block.tail = block.tail, None
    block.addnext(editor)
    return serialize(root), gold


# --- footers ---------------------------------------------------------------------------------------------

def footer_registration(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
    """A site footer right after the article: copyright, an ICP number, and a registration date of another day
    (``网站注册时间``, ``备案日期``): no article text, not the article's date."""
    root, top = parsed_container(html, gold)
    if top is None:
        return None
    g = gold_date_fields(gold_date(gold)) or (2020, 6, 15)
    year = max(1998, g[0] - rng.randrange(3, 12))
    foot = etree.Element("div", {"class": f"w{rng.randrange(1, 9)}"})
    outlet = synthetic_outlet(rng)
    p1 = etree.SubElement(foot, "p")
    p1.text = f"版权所有 © {year}-{g[0]} {outlet} 未经书面授权不得转载"
    p2 = etree.SubElement(foot, "p")
    label = rng.choice(("网站注册时间", "备案日期", "注册日期"))
    p2.text = (f"{label}：{year}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日 "
               f"ICP备{rng.randrange(10**7, 10**8)}号-{rng.randrange(1, 5)}")
    outside_table(top).addnext(foot)
    return serialize(root), gold


def bare_markup(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
    """``neutral_classes`` then ``strip_meta``: a page whose account, author and date cues are only its text,
    its links and its scripts (no class names outside the article, no meta tags, no JSON-LD)."""
    first = BASE_TRANSFORMS["neutral_classes"](html, gold, rng)
    return BASE_TRANSFORMS["strip_meta"](*first, rng) if first else None


# --- body classes (issue 14, class 6) --------------------------------------------------------------------

# made-up sentences of a teaser's summary or a sidebar's profile (no corpus strings)
_PROSE = ("项目建成后将惠及周边数万名居民，进一步提升公共服务水平。", "有关负责人表示，下一步将加快推进各项工作，确保按期完成。",
          "活动现场气氛热烈，不少市民纷纷点赞，表示期待更多类似举措。", "据介绍，该做法已在多个地方试点，取得了较好的效果。",
          "专家认为，这一探索为同类地区提供了可复制、可推广的经验。", "记者在现场看到，工作人员正在有序开展各项准备工作。")


def _prose(rng: random.Random, sentences: int) -> str:
    return "".join(rng.choice(_PROSE) for _ in range(sentences))


def ads_split_three(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
    """The article container cut in three siblings of the same tag and class, an ad and a player between the
    first two, a player and an ad between the last two (a portal's article around its ad slots)."""
    root, top = parsed_container(html, gold)
    if top is None or top.tag not in ("div", "section", "article"):
        return None
    kids = block_children(top)
    if len(kids) < 3:
        return None
    children = list(top)
    cuts = [children.index(kids[len(kids) // 3 or 1]), children.index(kids[2 * len(kids) // 3])]
    if cuts[0] >= cuts[1]:
        return None
    parts = [etree.Element(top.tag, dict(top.attrib)) for _ in range(2)]
    for c in children[cuts[0]:cuts[1]]:
        parts[0].append(c)
    for c in children[cuts[1]:]:
        parts[1].append(c)
    top.addnext(parts[1])
    top.addnext(ad_block(rng, cls=f"x{rng.randrange(1, 9)}"))
    top.addnext(video_block(rng, cls=f"x{rng.randrange(1, 9)}"))
    top.addnext(parts[0])
    top.addnext(video_block(rng, cls=f"x{rng.randrange(1, 9)}"))
    top.addnext(ad_block(rng, cls=f"x{rng.randrange(1, 9)}"))
    return serialize(root), gold


def _teaser_widget(rng: random.Random, items: int = 6) -> etree._Element:
    """A recommendation widget of neutral classes: items opening with a headline link, a long summary (200+
    characters) and a date."""
    box = etree.Element("div", {"class": f"box{rng.randrange(1, 9)}"})
    for _ in range(items):
        item = etree.SubElement(box, "div", {"class": "it"})
        h = etree.SubElement(item, "h4")
        a = etree.SubElement(h, "a", {"href": f"/a/{rng.randrange(10**6, 10**7)}.html"})
        a.text = headline(rng)
        p = etree.SubElement(item, "p")
        p.text = _prose(rng, 8)
        span = etree.SubElement(item, "span")
        span.text = f"{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日"
    return box


def _widget_column(rng: random.Random) -> etree._Element:
    """A column of widgets of neutral classes: a profile and a notice in prose, a list of posts, a notice."""
    col = etree.Element("div", {"class": f"c{rng.randrange(1, 9)}"})
    for head, kind in (("个人简介", "prose"), ("最新文章", "links"), ("公告", "prose"), ("站长推荐", "prose")):
        box = etree.SubElement(col, "div", {"class": "m"})
        etree.SubElement(box, "h3").text = head
        if kind == "links":
            ul = etree.SubElement(box, "ul")
            for _ in range(8):
                a = etree.SubElement(etree.SubElement(ul, "li"), "a", {"href": f"/p/{rng.randrange(10**5)}.html"})
                a.text = headline(rng)
        else:
            etree.SubElement(box, "p").text = _prose(rng, 5)
    return col


def body_beside(kind: str) -> Transform:
    """A box beside the article container (after it): a recommendation widget of long teasers (``teasers``), or
    a column of widgets (``widgets``): neither is article text."""
    def transform(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
        root, top = parsed_container(html, gold)
        if top is None:
            return None
        box = _teaser_widget(rng) if kind == "teasers" else _widget_column(rng)
        anchor = outside_table(top)
        if anchor.tag == "body":
            anchor.append(box)      # the article is the body's own content: the box closes the body
        else:
            anchor.addnext(box)
        return serialize(root), gold
    transform.__name__ = f"beside_{kind}"
    return transform


# issue 14, class 3: a dateline of a reprint, reporters glued to an outlet, an outlet and its app before the
# title, a closing /文; editors and photographers beside the writer ({e}, {f}: made-up, never authors)
CLASS_BYLINES: dict[str, tuple[str, bool]] = {
    "ju_dateline": ("据新华社电（记者 {a}）", True),
    "report_lead": ("{p}记者{a}报道：", True),
    "bracket_lead": ("【文/{p} {a}】", True),
    "outlet_app_prefix": ("{p}·掌上新闻记者 {a}", False),
    "outlet_slash_wen": ("云端新闻·{p}记者{a}/文", False),
    "reporter_editors": ("记者 {a} 责任编辑：{e} 校对：{f}", False),
    "wen_photo": ("文/{a} 图/{e}", False),
    "slash_she": ("文/{a} {e}/摄", False),
}


CLASS_TRANSFORMS: dict[str, Transform] = {
    **{f"byline_{k}": rewrite_byline(k, t, d) for k, (t, d) in CLASS_BYLINES.items()},
    "date_yesterday_meta": shown_relative("yesterday", "meta"),
    "date_yesterday_script": shown_relative("yesterday", "script"),
    "date_hours_ago_script": shown_relative("hours_ago", "script"),
    "date_yearless_script": shown_relative("yearless", "script"),
    "date_meta_conflict": date_meta_conflict,
    "byline_profile_link": byline_markup("profile_link"),
    "byline_split_spans": byline_markup("split_spans"),
    "byline_editor_line": byline_markup("editor_line"),
    "footer_registration": footer_registration,
    "bare_markup": bare_markup,
    "ads_split_three": ads_split_three,
    "beside_teasers": body_beside("teasers"),
    "beside_widgets": body_beside("widgets"),
}
TRANSFORMS: dict[str, Transform] = {**BASE_TRANSFORMS, **CLASS_TRANSFORMS}


def apply(name: str, html: str, gold: Gold, seed: int, page: str) -> tuple[str, Gold] | None:
    """One transformation (of either module) on one page, seeded by (seed, transformation, page)."""
    rng = random.Random(f"{seed}:{name}:{page}")
    return TRANSFORMS[name](html, copy.deepcopy(gold), rng)
