"""An author line with no role word whose names carry superscript affiliation marks (scholarly and theory
pages: ``周朗<sup>1</sup>　许桦<sup>2</sup>``, ``张三<sup>1,2</sup> 李四<sup>*</sup>``): the names, marks off."""
from __future__ import annotations

import re

from lxml import etree

from newscrawl.pages.generic.accounts import in_comments, in_other_articles
from newscrawl.text.controls import normalize_text
from newscrawl.text.names import is_non_author, is_plausible_name

__all__ = ["affiliated_names"]

_SUPS = etree.XPath("//sup")
_MARK_RE = re.compile(r"^[\d\s,，、*＊†‡\-–①-⑩a-e]{1,8}$")
_SEP_RE = re.compile(r"[\s\u3000,，、;；]+")
_MAX_LINE = 60
_MAX_SUPS = 40  # a page of footnote references: its first ones are enough
_MAX_PARENTS = 12


def affiliated_names(root: etree._Element, html: str) -> list[str]:
    """The names of the first element holding only personal names each followed by a ``<sup>`` affiliation
    mark (at least two names, as many marks as names), outside comments and lists of other articles; []
    when there is none. Cheap when the page has no ``<sup``."""
    if "<sup" not in html and "<SUP" not in html:
        return []
    seen: set[int] = set()
    for sup in _SUPS(root)[:_MAX_SUPS]:
        parent = sup.getparent()
        if parent is None or id(parent) in seen:
            continue
        seen.add(id(parent))
        if len(seen) > _MAX_PARENTS:
            break
        if len(etree.tostring(parent, method="text", encoding="unicode", with_tail=False)) > 2 * _MAX_LINE:
            continue  # a paragraph with a footnote mark
        names = _names_with_marks(parent)
        if names and not in_comments(parent) and not in_other_articles(parent):
            return names
    return []


def _names_with_marks(el: etree._Element) -> list[str]:
    marks = [s for s in el if isinstance(s.tag, str) and s.tag.lower() == "sup"]
    if not marks or any(not _MARK_RE.match(normalize_text("".join(s.itertext())) or "x") for s in marks):
        return []
    pieces = [el.text or ""] + [x for s in el for x in (
        ("".join(s.itertext()) if not (isinstance(s.tag, str) and s.tag.lower() == "sup") else " "), s.tail or "")]
    text = normalize_text(" ".join(pieces))
    if not text or len(text) > _MAX_LINE:
        return []
    names = [t for t in _SEP_RE.split(text) if t]
    if (len(names) < 2 or len(marks) != len(names) or len(set(names)) != len(names)
            or not all(is_plausible_name(n) and not is_non_author(n) for n in names)):
        return []
    return names
