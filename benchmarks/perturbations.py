"""The perturbations of benchmarks/eval_perturb.py: small pure, seeded functions ``(html, gold, rng) -> (html,
gold) | None`` that change a page's markup and wording the way other sites differ and keep its labels true by
the rules of ../shared/corpus/README.md (None: the transformation does not apply to that page). The page's
article container is found from the gold text, never from our extractor. Names, titles and comments inserted
are made up here.
"""
from __future__ import annotations

import copy
import random
import re
from collections.abc import Callable, Iterator
from typing import Any

from eval_score import gold_date, gold_date_fields
from lxml import etree
from perturb_content import (
    ad_block,
    comment_block,
    headline,
    related_block,
    synthetic_name,
    synthetic_outlet,
    video_block,
)

Gold = dict[str, Any]
Transform = Callable[[str, Gold, random.Random], "tuple[str, Gold] | None"]

_WS = re.compile(r"\s+")
_SKIP_TAGS = frozenset({"script", "style", "head", "title", "noscript", "template", "textarea", "option"})

# --- locating things in a page ------------------------------------------------------------------------------

def parse(html: str) -> etree._Element:
    """The page as libxml2 parses it for extraction (comments kept: some CMSs date pages in one)."""
    root = etree.fromstring(html, etree.HTMLParser(no_network=True, collect_ids=False))
    if root is None:
        raise ValueError("no HTML document")
    return root


def roots(root: etree._Element) -> list[etree._Element]:
    """The document's top-level nodes: a page with text after ``</html>`` has a second ``html`` root."""
    return [*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()]


def serialize(root: etree._Element) -> str:
    """The document again as HTML, every top-level node in order, the original doctype kept."""
    doctype = root.getroottree().docinfo.doctype
    return (doctype + "\n" if doctype else "") + "".join(
        etree.tostring(r, encoding="unicode", method="html", with_tail=True) for r in roots(root))


def drop_tag(el: etree._Element) -> None:
    """Remove ``el`` but keep its text, children and tail in place."""
    parent = el.getparent()
    idx = parent.index(el)
    text, tail = el.text or "", el.tail or ""
    kids = list(el)
    if idx == 0:
        parent.text = (parent.text or "") + text
    else:
        prev = parent[idx - 1]
        prev.tail = (prev.tail or "") + text
    for i, k in enumerate(kids):
        parent.insert(idx + i, k)
    last_tail_owner = kids[-1] if kids else None
    parent.remove(el)
    if last_tail_owner is not None:
        last_tail_owner.tail = (last_tail_owner.tail or "") + tail
    elif idx == 0:
        parent.text = (parent.text or "") + tail
    else:
        prev = parent[idx - 1]
        prev.tail = (prev.tail or "") + tail


def squeeze(s: str) -> str:
    return _WS.sub("", s or "")


def text_slots(root: etree._Element) -> Iterator[tuple[etree._Element, str]]:
    """Every visible text slot in document order: (element, "text") for ``el.text``, (element, "tail") for
    ``el.tail`` (text that belongs to the element's parent)."""
    for el in (e for r in roots(root) if isinstance(r.tag, str) for e in r.iter()):
        if not isinstance(el.tag, str):
            if el.tail and el.getparent() is not None:
                yield el, "tail"
            continue
        skip = el.tag in _SKIP_TAGS or any(a.tag in _SKIP_TAGS for a in el.iterancestors())
        if el.text and not skip:
            yield el, "text"
        if el.tail and el.getparent() is not None and not any(
                a.tag in _SKIP_TAGS for a in el.iterancestors()):
            yield el, "tail"


def slot_get(el: etree._Element, slot: str) -> str:
    return (el.text if slot == "text" else el.tail) or ""


def slot_set(el: etree._Element, slot: str, value: str) -> None:
    if slot == "text":
        el.text = value
    else:
        el.tail = value


def _owner(el: etree._Element, slot: str) -> etree._Element:
    return el if slot == "text" and isinstance(el.tag, str) else el.getparent()


def article_paragraphs(root: etree._Element, gold_text: str, min_chars: int = 8) -> list[etree._Element]:
    """The elements owning text runs of ``min_chars``+ characters that are part of the gold text, in order."""
    gold = squeeze(gold_text)
    out = []
    for el, slot in text_slots(root):
        t = squeeze(slot_get(el, slot))
        if len(t) >= min_chars and t in gold:
            owner = _owner(el, slot)
            if owner is not None and (not out or out[-1] is not owner):
                out.append(owner)
    return out


def parsed_container(html: str, gold: Gold) -> tuple[etree._Element, etree._Element | None]:
    """The parsed page and its article container (None when there is none, or it is the root)."""
    root = parse(html)
    top = article_container(root, gold.get("text") or "")
    return root, (top if top is not None and top.getparent() is not None else None)


def article_container(root: etree._Element, gold_text: str) -> etree._Element | None:
    """The lowest element holding the first and the last paragraphs of the gold text (None when the page shows
    fewer than two of them)."""
    paras = article_paragraphs(root, gold_text)
    if len(paras) < 2:
        return None
    first, last = paras[0], paras[-1]
    chain = [first, *first.iterancestors()]    # kept alive: lxml gives the same proxy for an element then
    for a in [last, *last.iterancestors()]:
        if any(a is c for c in chain):
            return None if a.tag in ("html",) else a
    return None


def first_paragraph_slot(root: etree._Element, gold_text: str) -> tuple[etree._Element, str] | None:
    """The text slot where the gold text starts."""
    gold = squeeze(gold_text)
    for el, slot in text_slots(root):
        t = squeeze(slot_get(el, slot))
        if len(t) >= 6 and gold.startswith(t[:12]):
            return el, slot
    return None


def _all(root: etree._Element, tag: str | None = None) -> list[etree._Element]:
    """Every element of every top-level node (of ``tag`` when given), in document order."""
    return [e for r in roots(root) if isinstance(r.tag, str) for e in r.iter(tag)]


def outside_table(el: etree._Element) -> etree._Element:
    """``el``, or the table holding it when it is a cell or a row (blocks go before or after a table)."""
    while el.tag in ("td", "th", "tr", "tbody", "thead") and el.getparent() is not None:
        el = el.getparent()
    return el


def block_children(container: etree._Element) -> list[etree._Element]:
    """The element children of ``container`` holding text."""
    return [c for c in container if isinstance(c.tag, str) and squeeze(c.xpath("string()"))]


# --- dates ---------------------------------------------------------------------------------------------------

_SHOWN_DATE_RE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{1,2})(?:\s*[:：分]\s*(?P<S>\d{1,2})\s*秒?)?)?(?!\d)")
_DATE_LABEL_RE = re.compile(r"(?:发布时间|发表时间|发布日期|发表日期|更新时间|时间|日期|发表于|发布于)\s*[:：]?\s*$")


def date_matches(root: etree._Element, g: tuple[int, ...]) -> list[tuple[etree._Element, str, re.Match[str]]]:
    out = []
    for el, slot in text_slots(root):
        for m in _SHOWN_DATE_RE.finditer(slot_get(el, slot)):
            shown = tuple(int(x) for x in m.group("y", "m", "d", "H", "M", "S") if x is not None)
            n = min(len(shown), len(g))
            if len(shown) >= 3 and shown[:n] == g[:n]:   # another time of the same day is another event
                out.append((el, slot, m))
    return out


def shown_gold_date(html: str, gold: Gold, fields: int = 3
                    ) -> tuple[etree._Element, tuple[int, ...], list[tuple[etree._Element, str, re.Match[str]]]] | None:
    """(the parsed page, the gold date's fields, where the page shows it: :func:`date_matches`) for a gold date
    given to at least ``fields`` fields (3: the day, 5: the minute); None otherwise or when it is not shown."""
    g = gold_date_fields(gold_date(gold))
    if g is None or len(g) < fields:
        return None
    root = parse(html)
    found = date_matches(root, g)
    return (root, g, found) if found else None


def _line_start(text: str, m: re.Match[str]) -> bool:
    """The date opens its line or follows a date label (not a date inside a sentence)."""
    before = text[:m.start()]
    return not before.strip() or bool(_DATE_LABEL_RE.search(before)) or before.rstrip()[-1:] in "|｜丨/·　 "


def filled_date_fields(g: tuple[int, ...], rng: random.Random) -> tuple[int, int, int, int, int, int]:
    """The gold's date fields, a made-up time where the gold gives none (the gold then only checks the day)."""
    y, mo, d = g[:3]
    hh = g[3] if len(g) > 3 else rng.randrange(7, 22)
    mi = g[4] if len(g) > 4 else rng.randrange(60)
    ss = g[5] if len(g) > 5 else rng.randrange(60)
    return y, mo, d, hh, mi, ss


def gold_with_date(gold: Gold, g: tuple[int, ...], keep: int) -> Gold:
    """``gold`` with its date cut to the first ``keep`` fields it gives."""
    out = dict(gold)
    f = g[:keep]
    parts = [f"{f[0]:04d}"] + [f"{x:02d}" for x in f[1:3]]
    value = "-".join(parts)
    if len(f) > 3:
        value += " " + ":".join(f"{x:02d}" for x in f[3:])
    out["date" if "date" in gold else "published_at"] = value
    return out


DATE_FORMATS: dict[str, tuple[str, int, bool]] = {
    # name: (format, gold fields it shows (3 day, 5 minute, 6 second), label replaced)
    "cn_minute": ("{y}年{mo}月{d}日 {hh:02d}:{mi:02d}", 5, False),
    "iso_seconds": ("{y}-{mo:02d}-{d:02d} {hh:02d}:{mi:02d}:{ss:02d}", 6, False),
    "slash_day": ("{y}/{mo:02d}/{d:02d}", 3, False),
    "dot_day": ("{y}.{mo:02d}.{d:02d}", 3, False),
    "label_published": ("发布时间：{y}-{mo:02d}-{d:02d} {hh:02d}:{mi:02d}", 5, True),
    "label_time": ("时间：{y}-{mo:02d}-{d:02d} {hh:02d}:{mi:02d}", 5, True),
}


def rewrite_date(fmt_name: str) -> Transform:
    """Every shown occurrence of the gold day rewritten in another common format (the gold's time kept)."""
    fmt, shows, relabel = DATE_FORMATS[fmt_name]

    def transform(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
        located = shown_gold_date(html, gold)
        if not located:
            return None
        root, g, found = located
        if relabel:
            found = [(el, slot, m) for el, slot, m in found if _line_start(slot_get(el, slot), m)]
        if not found:
            return None
        y, mo, d, hh, mi, ss = filled_date_fields(g, rng)
        new = fmt.format(y=y, mo=mo, d=d, hh=hh, mi=mi, ss=ss)
        replace_matches(found, new, relabel)
        keep = min(len(g), shows) if shows > 3 else 3
        # a shown time the gold did not give: the gold still checks what it gives
        return serialize(root), gold_with_date(gold, g, min(keep, len(g)))
    transform.__name__ = f"date_{fmt_name}"
    return transform


def replace_matches(found: list[tuple[etree._Element, str, re.Match[str]]], new: str, relabel: bool) -> None:
    by_slot: dict[tuple[int, str], list[re.Match[str]]] = {}
    slots: dict[tuple[int, str], etree._Element] = {}
    for el, slot, m in found:
        by_slot.setdefault((id(el), slot), []).append(m)
        slots[(id(el), slot)] = el
    for key, matches in by_slot.items():
        el, slot = slots[key], key[1]
        text = slot_get(el, slot)
        for m in sorted(matches, key=lambda x: x.start(), reverse=True):
            start = m.start()
            if relabel:
                lab = _DATE_LABEL_RE.search(text[:start])
                if lab:
                    start = lab.start()
            text = text[:start] + new + text[m.end():]
        slot_set(el, slot, text)


def date_yearless_meta(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
    """The shown date as ``MM-DD HH:MM`` (self-media style), the full time only in an
    ``article:published_time`` meta tag. Needs a gold time to the minute."""
    shown = shown_gold_date(html, gold, 5)
    if not shown:
        return None
    root, g, found = shown
    y, mo, d, hh, mi, ss = filled_date_fields(g, rng)
    replace_matches(found, f"{mo:02d}-{d:02d} {hh:02d}:{mi:02d}", False)
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    meta = etree.SubElement(head, "meta")
    meta.set("property", "article:published_time")
    meta.set("content", f"{y:04d}-{mo:02d}-{d:02d}T{hh:02d}:{mi:02d}:{ss:02d}+08:00")
    return serialize(root), gold


# --- bylines ---------------------------------------------------------------------------------------------------

_ROLE_BEFORE_RE = re.compile(
    r"(?:本报讯|[^\s，。]{0,14}电)?\s*[（(【\[]?\s*[^\s，。：:（(]{0,8}?(?:记者|作者|文|撰文|撰稿|通讯员|实习生|采写|执笔|编译|"
    r"[Bb]y)\s*[:：/／|]?\s*$")
_ROLE_AFTER_RE = re.compile(r"^\s*(?:[/／]\s*文|[）)】\]])?")
BYLINE_GRAMMARS = {
    "reporter_correspondent": "记者 {a} 通讯员 {b}",
    "wen_slash": "文/{a}",
    "benbaoxun": "本报讯（记者 {a}）",
    "slash_wen": "{a}/文",
    "slash_wen_source": "{a}/文 来源：{o}",
    "zuozhe": "作者：{a}",
    "xinhua_dateline": "新华社北京{mo}月{d}日电（记者 {a}）",
}
_DATELINE_GRAMMARS = frozenset({"benbaoxun", "xinhua_dateline"})


def _name_re(name: str) -> re.Pattern[str]:
    return re.compile(r"\s*".join(map(re.escape, squeeze(name))))


def byline_slot(root: etree._Element, authors: list[str], max_chars: int = 120
                 ) -> tuple[etree._Element, str, int, int] | None:
    """The first short text slot naming every gold author after a role word (记者, 作者, 文 …): (element, slot,
    span start, span end), the span running from the role word before the first name to the end of the last."""
    pats = [_name_re(a) for a in authors]
    prev: tuple[etree._Element, str] | None = None
    for el, slot in text_slots(root):
        text = slot_get(el, slot)
        here, prev = prev, (el, slot)
        if len(text.strip()) > max_chars:
            continue
        spans = [p.search(text) for p in pats]
        if not all(spans):
            continue
        start = min(s.start() for s in spans if s)
        end = max(s.end() for s in spans if s)
        after = _ROLE_AFTER_RE.match(text[end:])
        end += after.end() if after else 0
        if _line_chars(_owner(el, slot)) > len(squeeze(text)) + 40:
            continue        # inside a paragraph of text (a trailing ``（记者 X）``): another grammar would not be
        role = _ROLE_BEFORE_RE.search(text[:start])
        if role:
            return el, slot, role.start(), end
        if text[:start].strip() or here is None:
            continue        # a name alone (an account, a poster, a name in a sentence) is not a byline
        ptext = slot_get(*here)
        role = _ROLE_BEFORE_RE.search(ptext)
        if role and len(ptext.strip()) <= max_chars:
            # <span>作者：</span><span><a>X</a></span>: the new byline where the label was, the name out
            slot_set(el, slot, text[:start] + text[end:])
            return here[0], here[1], role.start(), len(ptext)
    return None


_BLOCK_TAGS = frozenset({"p", "div", "td", "li", "dd", "h1", "h2", "h3", "h4", "center", "section", "article", "body"})


def _line_chars(el: etree._Element | None) -> int:
    """Non-blank characters of the nearest block element around ``el``."""
    while el is not None and el.tag not in _BLOCK_TAGS:
        el = el.getparent()
    return len(squeeze(el.xpath("string()"))) if el is not None else 0


def gold_byline(html: str, gold: Gold) -> tuple[etree._Element, list[str], tuple[etree._Element, str, int, int]] | None:
    """(the parsed page, the gold authors, their :func:`byline_slot`) for a page naming 1–3 gold authors in a
    byline; None otherwise."""
    authors = [a for a in gold.get("authors") or [] if squeeze(a)]
    if not authors or len(authors) > 3:
        return None
    root = parse(html)
    found = byline_slot(root, authors)
    return (root, authors, found) if found else None


def rewrite_byline(grammar: str, template: str | None = None, dateline: bool | None = None) -> Transform:
    """The byline naming the gold authors rewritten in another grammar for the same people (``template``, else
    ``BYLINE_GRAMMARS[grammar]``); a dateline grammar moves it to the opening of the article text (where the gold
    text then starts with it). Placeholders: {a} the authors, {b} a made-up second author (added to the gold),
    {o} a made-up source, {p} a made-up outlet (no source), {e} {f} made-up editors or photographers."""
    template = template or BYLINE_GRAMMARS[grammar]
    dateline = grammar in _DATELINE_GRAMMARS if dateline is None else dateline

    def transform(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
        located = gold_byline(html, gold)
        if not located:
            return None
        root, authors, (el, slot, start, end) = located
        text = slot_get(el, slot)
        old = text[start:end]
        new_gold = dict(gold)
        a = ("、" if grammar == "report_lead" else " ").join(authors)  # 张三、李四报道：
        b = ""
        if "{b}" in template:
            b = synthetic_name(rng)
            new_gold["authors"] = [*authors, b]
        g = gold_date_fields(gold_date(gold)) or (2020, 1, 2)
        mo, d = (g[1], g[2]) if len(g) >= 3 else (1, 2)
        o = ""
        if "{o}" in template:  # a made-up source after the credit, on the same line
            o = synthetic_outlet(rng)
            new_gold["source"] = o
        p = synthetic_outlet(rng) if "{p}" in template else ""  # an outlet before the title: no source
        e, f = synthetic_name(rng), synthetic_name(rng)  # editors and photographers: nobody's author
        line = template.format(a=a, b=b, mo=mo, d=d, o=o, p=p, e=e, f=f)
        gold_text = gold.get("text") or ""
        if dateline:
            slot_set(el, slot, text[:start] + text[end:])
            if squeeze(old) and squeeze(old) in squeeze(gold_text) and old in gold_text:
                gold_text = gold_text.replace(old, "", 1)
            first = first_paragraph_slot(root, gold_text)
            if first is None:
                return None
            fel, fslot = first
            ftext = slot_get(fel, fslot)
            lead = len(ftext) - len(ftext.lstrip())
            slot_set(fel, fslot, ftext[:lead] + line + ftext[lead:])
            stripped = gold_text.lstrip()
            new_gold["text"] = gold_text[:len(gold_text) - len(stripped)] + line + stripped
        else:
            rest = text[end:]
            slot_set(el, slot, text[:start] + line + (" " if rest[:1].strip() else "") + rest)
            if old and old in gold_text:
                new_gold["text"] = gold_text.replace(old, line, 1)
        return serialize(root), new_gold
    transform.__name__ = f"byline_{grammar}"
    return transform


# --- inserted blocks: related articles, comments, ads, videos (built in perturb_content) -------------------

def insert_blocks(where: str, kinds: tuple[str, ...], neutral: bool = False) -> Transform:
    """Related lists and/or comment blocks inserted as siblings of the article container, ``before``,
    ``after`` or ``both``; with ``neutral`` their classes say nothing (``box3``)."""
    def transform(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
        root, top = parsed_container(html, gold)
        if top is None:
            return None
        g = gold_date_fields(gold_date(gold))
        top = outside_table(top)
        parent = top.getparent()

        def make(kind: str) -> etree._Element:
            cls = f"box{rng.randrange(1, 9)}" if neutral else None
            return (related_block(rng, g, cls=cls or "related-news") if kind == "related"
                    else comment_block(rng, g, cls=cls or "comment-list"))
        if where in ("before", "both"):
            parent.insert(parent.index(top), make(kinds[0]))
        if where in ("after", "both"):
            # after the article's footer lines (责任编辑, 发布日期 …: short siblings right after the text)
            anchor = top
            for _ in range(5):
                nxt = anchor.getnext()
                if nxt is None or not isinstance(nxt.tag, str) or len(squeeze(nxt.xpath("string()"))) > 80:
                    break
                anchor = nxt
            for kind in reversed(kinds):
                anchor.addnext(make(kind))
        return serialize(root), gold
    transform.__name__ = f"insert_{'_'.join(kinds)}_{where}{'_neutral' if neutral else ''}"
    return transform


def split_by_ads(siblings: bool) -> Transform:
    """Ad and video blocks splitting the article: inside the container between its paragraphs, or (``siblings``)
    the container cut in two siblings of the same tag and class with the blocks between (portal layout)."""
    def transform(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
        root, top = parsed_container(html, gold)
        if top is None:
            return None
        kids = block_children(top)
        if len(kids) < 3 or (siblings and top.tag not in ("div", "section", "article")):
            return None     # a table cell cannot be split into sibling cells with blocks between
        cut = kids[len(kids) // 2]
        if not siblings:
            cut.addprevious(video_block(rng))
            kids[len(kids) // 3 or 1].addprevious(ad_block(rng))
            return serialize(root), gold
        second = etree.Element(top.tag, dict(top.attrib))
        moving = list(top)[list(top).index(cut):]
        for c in moving:
            second.append(c)
        top.addnext(second)
        top.addnext(video_block(rng))
        top.addnext(ad_block(rng))
        return serialize(root), gold
    transform.__name__ = "ads_split_siblings" if siblings else "ads_inside"
    return transform


# --- markup variation -------------------------------------------------------------------------------------------

def wrap_containers(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
    """The article container wrapped in three more neutral ``div``s."""
    root, top = parsed_container(html, gold)
    if top is None:
        return None
    inner = outside_table(top)
    for i in range(3):
        w = etree.Element("div", {"class": f"div{rng.randrange(1, 20)}"})
        inner.addprevious(w)
        w.append(inner)
        inner = w
    return serialize(root), gold


def table_layout(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
    """Old-web layout: the container's ``div`` ancestors become one-cell tables, its paragraphs become text
    runs separated by ``<br><br>``, and a sidebar cell of links sits beside it."""
    root, top = parsed_container(html, gold)
    if top is None:
        return None
    for p in list(top.iter("p")):
        if p is top:
            continue
        br1 = etree.Element("br")
        br2 = etree.Element("br")
        br2.tail = p.tail
        p.tail = None
        p.addnext(br1)
        br1.addnext(br2)
        drop_tag(p)
    body = root.find("body")
    for anc in [top, *top.iterancestors()]:
        if anc is body or anc.tag in ("html", "body"):
            break
        if anc.tag != "div":
            continue
        table = etree.Element("table", {"width": "100%", "border": "0", "cellpadding": "0"})
        anc.addprevious(table)
        tr = etree.SubElement(table, "tr")
        tr.append(anc)
        table.tail, anc.tail = anc.tail, None
        anc.tag = "td"
        if anc is top:
            side = etree.SubElement(tr, "td", {"width": "200", "valign": "top"})
            for _ in range(8):
                a = etree.SubElement(side, "a", {"href": f"/n/{rng.randrange(10**6)}.htm"})
                a.text = headline(rng)
                etree.SubElement(side, "br")
    return serialize(root), gold


def neutral_classes(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
    """Class and id names replaced by neutral ones (``div1``, ``box2``) on every element outside the article
    container (its own class and what is inside it are kept)."""
    root = parse(html)
    top = article_container(root, gold.get("text") or "")
    if top is None:
        return None
    inside = set(top.iter())
    n = 0
    for el in _all(root):
        if not isinstance(el.tag, str) or el in inside:
            continue
        for attr in ("class", "id"):
            if el.get(attr):
                n += 1
                el.set(attr, f"{rng.choice(('div', 'box', 'c', 'w'))}{n}")
    return serialize(root), gold


def strip_meta(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
    """Meta tags (but the charset) and JSON-LD removed; applies where the page shows the gold date (a date
    only in meta cannot be kept); authors that the page does not show leave the scoring."""
    g = gold_date_fields(gold_date(gold))
    root = parse(html)
    if g is not None and (len(g) < 3 or not date_matches(root, g)):
        return None
    for el in _all(root, "meta"):
        if el.get("charset") or (el.get("http-equiv") or "").lower() == "content-type":
            continue
        el.getparent().remove(el)
    for el in _all(root, "script"):
        if (el.get("type") or "").lower() == "application/ld+json":
            el.getparent().remove(el)
    new_gold = dict(gold)
    text = squeeze(" ".join(slot_get(el, s) for el, s in text_slots(root)))
    if any(squeeze(a) not in text for a in gold.get("authors") or []):
        new_gold.pop("authors", None)
    return serialize(root), new_gold


def identity(html: str, gold: Gold, rng: random.Random) -> tuple[str, Gold] | None:
    """Parse and serialise only (the control: what the round trip alone changes)."""
    return serialize(parse(html)), gold


TRANSFORMS: dict[str, Transform] = {
    "identity": identity,
    **{f"date_{k}": rewrite_date(k) for k in DATE_FORMATS},
    "date_yearless_meta": date_yearless_meta,
    **{f"byline_{k}": rewrite_byline(k) for k in BYLINE_GRAMMARS},
    "related_before": insert_blocks("before", ("related",)),
    "related_after": insert_blocks("after", ("related",)),
    "related_comments_both": insert_blocks("both", ("related", "comments")),
    "related_comments_neutral": insert_blocks("both", ("related", "comments"), neutral=True),
    "comments_after": insert_blocks("after", ("comments",)),
    "wrap_containers": wrap_containers,
    "table_layout": table_layout,
    "neutral_classes": neutral_classes,
    "strip_meta": strip_meta,
    "ads_inside": split_by_ads(False),
    "ads_split_siblings": split_by_ads(True),
}


def apply(name: str, html: str, gold: Gold, seed: int, page: str) -> tuple[str, Gold] | None:
    """One transformation on one page, seeded by (seed, transformation, page): the same output every run."""
    rng = random.Random(f"{seed}:{name}:{page}")
    return TRANSFORMS[name](html, copy.deepcopy(gold), rng)
