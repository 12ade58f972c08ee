"""Per-site rules (``site_rules.json``, next to this module) and the selector engine that applies them.

A rule maps a host (and its subdomains) to CSS or XPath selectors for body, title, date, author, source and
elements to remove; CSS is translated once to a cheap XPath (attribute-axis steps, merged id/class terms).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from lxml import etree

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


def select(root: etree._Element, selectors: str | list[str] | None) -> list[etree._Element]:
    if not selectors:
        return []
    out: list[etree._Element] = []
    for sel in [selectors] if isinstance(selectors, str) else selectors:
        try:
            found = _xpath(sel)(root)
        except (etree.XPathError, ValueError, ImportError, Exception):  # noqa: BLE001, S112 - a bad rule is skipped
            continue
        out.extend(x for x in found if isinstance(x, etree._Element))
        if out and isinstance(selectors, str):
            break
    return out

