"""Per-site rules (``site_rules.json``, next to this module), the selector engine that applies them, and
the accessors the extraction steps read a rule's fields through.

A rule maps a host (and its subdomains) to CSS or XPath selectors (:data:`SELECTOR_FIELDS`: body, title,
date, author, account, editor, source, elements to show or remove) and to regular expressions over the page
source (:data:`PATTERN_FIELDS`: ``date_script``); CSS is translated once to a cheap XPath (attribute-axis
steps, merged id/class terms).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

from newscrawl.pages.generic.accounts import in_other_articles
from newscrawl.pages.generic.tree import ParsedPage, node_text
from newscrawl.text.dates import normalize_datetime
from newscrawl.text.names import is_organisation, is_outlet

#: Rule fields holding CSS/XPath selectors (a string, or a list: every selector's elements, in list order).
SELECTOR_FIELDS = frozenset({"body", "title", "date", "author", "account", "editor", "source", "show", "remove"})
#: Rule fields holding regular expressions over the page source (a string or a list; the first match wins).
PATTERN_FIELDS = frozenset({"date_script"})
RULE_FIELDS = SELECTOR_FIELDS | PATTERN_FIELDS
#: Rule fields naming people: an element of theirs in a list or box of other articles (a related list's
#: reporters, a feed's accounts: ``accounts.in_other_articles``) names someone else and is skipped.
PEOPLE_FIELDS = frozenset({"author", "account"})

# --- site rules -------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def load_site_rules() -> dict[str, dict[str, Any]]:
    """The packaged per-host rules (``site_rules.json``), keys lower-cased; ``_``-keys are comments."""
    text = resources.files("newscrawl.pages.generic").joinpath("site_rules.json").read_text(encoding="utf-8")
    return {k.lower(): v for k, v in json.loads(text).items() if not k.startswith("_")}


def rule_for(url: str | None, rules: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The rule for ``url``'s host or its closest parent domain; {} when none applies."""
    if not url:
        return {}
    rules = load_site_rules() if rules is None else rules
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return {}
    parts = host.split(".")
    for i in range(len(parts) - 1):
        rule = rules.get(".".join(parts[i:]))
        if rule is not None:
            return rule
    return {}


@lru_cache(maxsize=512)
def _xpath(selector: str) -> etree.XPath:
    """A compiled XPath for a CSS selector or an XPath expression (starting with / or ()."""
    sel = selector.strip()
    if not sel.startswith(("/", "(")):
        from cssselect import HTMLTranslator

        sel = _merge_attribute_terms(_ATTR_STEP_RE.sub(_by_attribute, HTMLTranslator().css_to_xpath(sel)))
    return etree.XPath(sel)


_ID_TERM_RE = re.compile(r"//@id\[(\. = '[^']*')\]/\.\.")
_CLASS_TERM_RE = re.compile(r"//@class\[(contains\(\., '[^']*'\) and contains\(concat\(' ', normalize-space\(\.\), ' '\), "
                            r"'[^']*'\))\]/\.\.")


def _union_terms(xpath: str) -> list[str]:
    """The terms of a top-level XPath union (`` | `` outside quoted strings)."""
    terms, quote, start, i = [], "", 0, 0
    while i < len(xpath):
        c = xpath[i]
        if quote:
            if c == quote:
                quote = ""
        elif c in "'\"":
            quote = c
        elif xpath.startswith(" | ", i):
            terms.append(xpath[start:i])
            start = i = i + 3
            continue
        i += 1
    terms.append(xpath[start:])
    return terms


def _merge_attribute_terms(xpath: str) -> str:
    """Cheaper XPath for the rewritten CSS, selecting the same elements in the same (document) order:
    ``//@id[. = 'a']/.. | //@id[. = 'b']/..`` (a CSS group ``#a, #b``) as one step
    ``//@id[. = 'a' or . = 'b']/..`` (likewise for class terms: one walk of the document per attribute,
    not per term); then ``//@`` as ``/descendant::*/@`` (elements only: libxml2 skips the text nodes)."""
    ids, classes, other = [], [], []
    for term in _union_terms(xpath):
        m = _ID_TERM_RE.fullmatch(term)
        c = None if m else _CLASS_TERM_RE.fullmatch(term)
        if m:
            ids.append(m.group(1))
        elif c:
            classes.append(c.group(1))
        else:
            other.append(term)
    merged = other
    if ids:
        merged.append("//@id[" + " or ".join(ids) + "]/..")
    if classes:
        merged.append("//@class[" + " or ".join(f"({c})" if len(classes) > 1 else c for c in classes) + "]/..")
    return " | ".join("/descendant::*/@" + t[3:] if t.startswith("//@") else t for t in merged)


# cssselect's id and class steps (``descendant-or-self::*[@id = 'x']``, ``/descendant::*[@class and …]``)
# over the attribute axis instead (``//@id[. = 'x']/..``, ``/descendant::*/@class[…]/..``: the same
# elements in the same order): libxml2 evaluates ``*[@class and …]`` several times slower. Rules are
# applied to the document root, so a leading ``descendant-or-self::`` is ``//``.
_ATTR_STEP_RE = re.compile(
    r"(?P<axis>(?:^|(?<=\| ))descendant-or-self::|(?<=/)descendant::)\*\["
    r"(?:@id = (?P<id>'[^']*')"
    r"|@class and (?P<cls>contains\(@class, '[^']*'\)"
    r"(?: and contains\(concat\(' ', normalize-space\(@class\), ' '\), '[^']*'\))?))\]"
    r"(?=$| \||/)")


def _by_attribute(m: re.Match) -> str:
    head = "/" if m.group("axis").startswith("descendant-or-self") else "descendant::*"
    if m.group("id"):
        return f"{head}/@id[. = {m.group('id')}]/.."
    return f"{head}/@class[" + m.group("cls").replace("(@class", "(.") + "]/.."


# A group of simple terms only (``#a, .b, h1.c``) is answered from the document's id and class values, read
# once per document (one walk each) and searched as text, instead of one XPath walk per group: libxml2's
# ``contains(@class, …)`` costs a walk per class name (the nine names of a ``remove`` group cost ~2 ms on a
# large portal page). The same elements in the same (document) order as cssselect's XPath.
_SIMPLE_TERM_RE = re.compile(
    r"(?P<tag>[A-Za-z][\w-]*)?(?:#(?P<id>[\w-]+)|\.(?P<cls>[\w-]+))"
    r"(?:(?P<comb>\s*>\s*|\s+)(?P<tag2>[A-Za-z][\w-]*)?(?:#(?P<id2>[\w-]+)|\.(?P<cls2>[\w-]+))?)?")
_ID_VALUES = etree.XPath("/descendant::*/@id")
_CLASS_VALUES = etree.XPath("/descendant::*/@class")
_last_values: list[Any] = [None, {}]  # (document root, {attribute: its _AttributeValues}): the page being extracted


class _AttributeValues:
    """A document's id (or class) attribute values joined by NUL (which no libxml2 string holds) as one text
    searched for names; a match's value is told by counting the NULs before it (no per-value offsets)."""

    __slots__ = ("text", "values")

    def __init__(self, values: list[Any]) -> None:
        self.values = values
        self.text = "\0".join(values)

    def owners(self, names: tuple[str, ...], whole: bool) -> list[etree._Element]:
        """The elements whose value is one of ``names`` (``whole``: ids; a line of one, as before) or holds
        one as a token (classes: delimited by XML whitespace, as ``normalize-space`` splits), in document
        order."""
        text, seps = self.text, "\0\n" if whole else "\0\n \t\r"
        found = []
        for name in names:
            i = text.find(name)
            while i != -1:
                j = i + len(name)
                if (i == 0 or text[i - 1] in seps) and (j == len(text) or text[j] in seps):
                    found.append(i)
                i = text.find(name, i + 1)
        lines, line, at = [], 0, 0
        for i in sorted(found):
            line += text.count("\0", at, i)
            at = i
            if not lines or lines[-1] != line:
                lines.append(line)
        return [self.values[k].getparent() for k in lines]


_Step = tuple[str | None, bool, str | None]  # (tag, is an id, id or class name)


@lru_cache(maxsize=512)
def _simple_group(selector: str) -> tuple[tuple[_Step, str | None, _Step | None], ...] | None:
    """For a CSS group whose terms are an id or class step (optionally after a tag name), possibly followed
    by a child (``>``) or descendant step (``#a > h1``, ``.a .b``): ``(anchor, combinator, step)`` per term;
    None for any other selector (XPath, longer chains, attributes, pseudo-classes)."""
    if selector.lstrip().startswith(("/", "(")):
        return None
    terms = []
    for term in selector.split(","):
        m = _SIMPLE_TERM_RE.fullmatch(term.strip())
        if not m or (m.group("comb") is not None and not (m.group("tag2") or m.group("id2") or m.group("cls2"))):
            return None
        anchor = ((m.group("tag") or "").lower() or None, bool(m.group("id")), m.group("id") or m.group("cls"))
        step = None if m.group("comb") is None else (
            (m.group("tag2") or "").lower() or None, bool(m.group("id2")), m.group("id2") or m.group("cls2"))
        comb = None if m.group("comb") is None else (">" if ">" in m.group("comb") else " ")
        terms.append((anchor, comb, step))
    return tuple(terms)


def _matches(el: etree._Element, step: _Step) -> bool:
    tag, is_id, name = step
    if tag is not None and el.tag != tag:
        return False
    return name is None or (name == el.get("id") if is_id else name in (el.get("class") or "").split())


def _document_values(top: etree._Element, attribute: str) -> _AttributeValues:
    """The ``id`` or ``class`` values of the document whose root is ``top``: read once per document, when
    first asked for (the last document's are kept)."""
    if _last_values[0] is not top:
        _last_values[:] = [top, {}]
    cached = _last_values[1]
    values = cached.get(attribute)
    if values is None:
        values = cached[attribute] = _AttributeValues((_ID_VALUES if attribute == "id" else _CLASS_VALUES)(top))
    return values


def _position(el: etree._Element, top: etree._Element) -> tuple[int, ...] | None:
    """``el``'s child-index path from the document root ``top`` (document order); None when it was removed."""
    path = []
    while (parent := el.getparent()) is not None:
        path.append(parent.index(el))
        el = parent
    return tuple(reversed(path)) if el is top else None


def _select_simple(root: etree._Element, terms: tuple[tuple[_Step, str | None, _Step | None], ...]
                   ) -> list[etree._Element]:
    id_names = tuple({anchor[2]: None for anchor, _, _ in terms if anchor[1]})
    class_names = tuple({anchor[2]: None for anchor, _, _ in terms if not anchor[1]})
    top = root.getroottree().getroot()
    owners = []
    for attribute, names in (("id", id_names), ("class", class_names)):
        if names:
            owners += _document_values(top, attribute).owners(names, attribute == "id")
    out: dict[etree._Element, tuple[int, ...]] = {}
    for el in owners:
        for anchor, comb, step in terms:
            if not _matches(el, anchor):
                continue
            if step is None:
                found = [el]
            else:
                below = el.iterchildren() if comb == ">" else el.iterdescendants()
                found = [x for x in below if isinstance(x.tag, str) and _matches(x, step)]
            for x in found:
                if x not in out and (pos := _position(x, top)) is not None:
                    out[x] = pos
    return sorted(out, key=out.__getitem__)


def select(root: etree._Element, selectors: str | list[str] | None) -> list[etree._Element]:
    """The elements of a rule field: a string is one group (its elements in document order), a list several
    (their elements in list order); a selector that does not compile is skipped."""
    if not selectors:
        return []
    out: list[etree._Element] = []
    for sel in [selectors] if isinstance(selectors, str) else selectors:
        simple = _simple_group(sel)
        if simple is not None:
            found = _select_simple(root, simple)
        else:
            try:
                found = _xpath(sel)(root)
            except (etree.XPathError, ValueError, ImportError, Exception):  # noqa: BLE001, S112 - a bad rule is skipped
                continue
        out.extend(x for x in found if isinstance(x, etree._Element))
        if out and isinstance(selectors, str):
            break
    return out


# --- accessors: a rule's fields as the extraction steps use them -----------------------------------------

def rule_elements(page: ParsedPage, field: str) -> list[etree._Element]:
    """The elements the page's rule selects for ``field`` (none when the rule lacks it); for a field naming
    people (:data:`PEOPLE_FIELDS`), not those in a list or box of other articles."""
    found = select(page.root, page.rule.get(field))
    if field in PEOPLE_FIELDS:
        return [el for el in found if not in_other_articles(el)]
    return found


def rule_text(page: ParsedPage, field: str, max_len: int = 60) -> str | None:
    """The text of the first element the rule selects for ``field`` that holds 1 to ``max_len`` characters
    (a list of selectors is tried in order, each only when the ones before it gave none; for a field naming
    people, none in a list of other articles)."""
    selectors = page.rule.get(field)
    for sel in [selectors] if isinstance(selectors, str) else selectors or ():
        for el in select(page.root, sel):
            if field in PEOPLE_FIELDS and in_other_articles(el):
                continue
            text = node_text(el)
            if text and len(text) <= max_len:
                return text
    return None


@lru_cache(maxsize=256)
def _pattern(regex: str) -> re.Pattern[str] | None:
    try:
        return re.compile(regex)
    except re.error:
        return None  # a bad rule is skipped


def rule_script_match(page: ParsedPage, field: str) -> str | None:
    """What the rule's first matching pattern for ``field`` captures in the page source: its ``y``, ``m``,
    ``d`` (and ``t``) groups joined as ``Y-M-D T`` (a date split over several elements), else group 1."""
    patterns = page.rule.get(field)
    for regex in [patterns] if isinstance(patterns, str) else patterns or ():
        pattern = _pattern(regex)
        m = pattern.search(page.html) if pattern else None
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("y") and groups.get("m") and groups.get("d"):
            return f"{groups['y']}-{groups['m']}-{groups['d']} {groups.get('t') or ''}".strip()
        if m.re.groups:
            return m.group(1)
    return None


def rule_script_date(page: ParsedPage) -> str | None:
    """The publication time the rule's ``date_script`` finds in an inline script or attribute (unix seconds
    or milliseconds, or a date text) as ISO 8601 (Shanghai time when no zone is given); None without one."""
    return normalize_datetime(rule_script_match(page, "date_script"))


def reveal(page: ParsedPage) -> None:
    """Drop the inline style of the rule's ``show`` elements: a body hidden until the platform's scripts run
    (WeChat's ``#js_content`` is ``visibility: hidden``) is not pruned as hidden."""
    for el in rule_elements(page, "show"):
        el.attrib.pop("style", None)


def rule_account(page: ParsedPage) -> tuple[str | None, bool]:
    """The self-media account the rule's ``account`` element shows (头条号, 百家号, 企鹅号, 公众号, 网易号,
    搜狐号) and whether it is named like an outlet: (name or None, is an outlet); None for an account named
    like an organisation (the labelling rules: an author is never an organisation)."""
    name = rule_text(page, "account", max_len=30)
    if name:
        name = name.strip(" ·|｜-—")
    if not name or len(name) < 2:
        return None, False
    outlet = is_outlet(name)
    if not outlet and is_organisation(name, handle=True):
        return None, False
    return name, outlet
