"""Site-rule selection of simple CSS groups (``#a, .b``, ``div.c > span``, ``.d .e``) reads only the id and
class values holding the selectors' anchor names (issue 14's time target), and selects the same elements in
the same order as the former reading of every id and class value of the page and as cssselect's XPath."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from cssselect import HTMLTranslator
from lxml import etree

from newscrawl.pages.generic.rules import _matches, _position, _simple_group, select

PAGE = """<html><body>
<div id="main" class="wrap  main-wrap"><div id="main-content" class="art	content
 body"><h1 class="title art-title">T</h1>
  <div class="info byline"><span class="author">张三</span><span class="src">来源</span>
   <span class="time date">2024-01-02</span></div>
  <div class="art"><p class="author">李四</p><div class="art"><p><span class="author x">王五</span></p></div></div>
  <p id="a" class="a b">p1</p><p class="a-b ab">p2</p><p class="b a">p3</p><section id="b" class="a">s</section>
 </div></div>
<div class="info"><span>x</span><span id="author">y</span></div>
<ul class="related list"><li class="author">赵六</li><li class="main">m</li></ul>
<div class="byline author"><span class="author">孙七</span></div>
</body></html>"""

SELECTORS = [
    "#main", "#main-content", ".main", ".author", "#a, .a", ".a, #a, .b", ".b, .a-b", "p.a", "section.a",
    "div.info > span", ".info span", ".art .author", ".art > .author", "#main-content p", "#main > .title",
    "div.art > p", ".byline .author", ".byline > span.author", "span.author, p.author, li.author",
    ".content .date, .title", "#author, .author", ".body", ".related .author, .byline", "#missing, .missing",
    ".wrap .art .author",  # not a simple group: cssselect's XPath
]


def _old_owners(values: list, names: tuple[str, ...], whole: bool) -> list[etree._Element]:
    """The former reading: every id (or class) value of the page joined as text and searched for the names."""
    text, seps = "\n".join(values), "\n" if whole else "\n \t\r"
    starts = list(accumulate((len(v) + 1 for v in values[:-1]), initial=0))
    lines = set()
    for name in names:
        i = text.find(name)
        while i != -1:
            j = i + len(name)
            if (i == 0 or text[i - 1] in seps) and (j == len(text) or text[j] in seps):
                lines.add(bisect_right(starts, i) - 1)
            i = text.find(name, i + 1)
    return [values[i].getparent() for i in sorted(lines)]


def _old_select(root: etree._Element, selector: str) -> list[etree._Element]:
    terms = _simple_group(selector)
    if terms is None:
        return list(root.xpath(HTMLTranslator().css_to_xpath(selector)))
    top = root.getroottree().getroot()
    id_names = tuple({a[2]: None for a, _, _ in terms if a[1]})
    class_names = tuple({a[2]: None for a, _, _ in terms if not a[1]})
    out: dict = {}
    for el in (_old_owners(top.xpath("/descendant::*/@id"), id_names, True)
               + _old_owners(top.xpath("/descendant::*/@class"), class_names, False)):
        for anchor, comb, step in terms:
            if not _matches(el, anchor):
                continue
            below = [el] if step is None else el.iterchildren() if comb == ">" else el.iterdescendants()
            for x in below:
                if (isinstance(x.tag, str) and (step is None or _matches(x, step)) and x not in out
                        and (pos := _position(x, top)) is not None):
                    out[x] = pos
    return sorted(out, key=out.__getitem__)


def _root() -> etree._Element:
    return etree.fromstring(PAGE, etree.HTMLParser())


def test_simple_groups_select_what_the_former_reading_and_cssselect_select():
    root = _root()
    for sel in SELECTORS:
        new = select(root, sel)
        assert new == _old_select(root, sel), sel
        assert new == list(root.xpath(HTMLTranslator().css_to_xpath(sel))), sel


def test_selection_is_by_whole_id_and_class_token_not_substring():
    root = _root()
    assert [el.text for el in select(root, ".a")] == ["p1", "p3", "s"]  # not a-b
    assert [el.get("id") for el in select(root, "#main")] == ["main"]  # not main-content
    assert [el.tag for el in select(root, ".body")] == ["div"]  # a class after a tab and a newline
    assert [el.text for el in select(root, "#a, .a")] == ["p1", "p3", "s"]  # id and class: once, in order


def test_removed_elements_are_not_selected():
    root = _root()
    assert len(select(root, ".author")) == 6
    for el in root.xpath("//ul"):
        el.getparent().remove(el)
    assert [el.text for el in select(root, ".author")] == ["张三", "李四", "王五", None, "孙七"]
    assert select(root, ".author") == _old_select(root, ".author")
