"""Structured data of a page: meta tags, JSON-LD, the title, the site (media) name."""
from __future__ import annotations

import json
import re
from itertools import islice
from typing import Any

from lxml import etree

from newscrawl.pages.generic.rules import rule_account, select
from newscrawl.pages.generic.title_badges import heading_text
from newscrawl.pages.generic.tree import ParsedPage, node_text
from newscrawl.text.controls import normalize_text
from newscrawl.text.names import is_outlet

META_SITE_KEYS = ("og:site_name", "site_name", "sitename", "application-name", "apple-mobile-web-app-title")
META_SOURCE_KEYS = ("source", "article:source", "og:source", "mediaid", "contentsource")
_COPYRIGHT_RE = re.compile(r"(?:版权所有|Copyright|©)\s*[:：]?\s*(?:\d{4}\s*[-–]?\s*\d{0,4}\s*)?"
                           r"(?P<name>[\u4e00-\u9fff]{2,12}(?:网|报|社|台|网站|日报|晚报|新闻))", re.IGNORECASE)

_TITLE_SEP_RE = re.compile(r"\s*(?:[_|｜–—]|--|\s-\s|-(?=[^-]{2,20}$)|·(?=[^·]{2,12}$))\s*")
def read_meta(root: etree._Element) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if key and content and key not in out:
            out[key] = content
    return out


def read_json_ld(root: etree._Element) -> dict[str, Any]:
    """The first JSON-LD object that looks like an article (or the first object at all)."""
    found: list[dict] = []
    for s in root.iter("script"):
        if (s.get("type") or "").lower() != "application/ld+json" or not s.text:
            continue
        try:
            data = json.loads(s.text.strip().rstrip(";"))
        except ValueError:
            continue
        stack = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, list):
                stack.extend(x)
            elif isinstance(x, dict):
                if "@graph" in x:
                    stack.append(x["@graph"])
                found.append(x)
    for obj in found:
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report")) for k in kinds):
            return obj
    return {}


def ld_names(value: Any, person: bool = False) -> list[str]:
    """Names in a JSON-LD ``author``; with ``person``, only those typed ``Person``."""
    out: list[str] = []
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, dict):
            if person and v.get("@type") != "Person":
                continue
            v = v.get("name")
        elif person:
            continue
        if isinstance(v, str) and v.strip():
            out.append(v.strip())
    return out


def clean_title(title: str, h1s: list[str], site: str | None) -> str:
    """Strip a site-name suffix (``…_南通日报``, ``… - 新华网``, ``…|央视网``) from a page title."""
    title = normalize_text(title)
    for h in h1s:
        if h and len(h) >= 4 and (h == title or (h in title and len(h) >= len(title) * 0.4)):
            return h
    parts = [p for p in _TITLE_SEP_RE.split(title) if p.strip()]
    if len(parts) <= 1:
        lead, dash, rest = title.partition("-")  # 澜江晚报数字报-标题: an outlet's name before a bare hyphen
        return rest.strip() if dash and len(rest) >= 4 and is_outlet(lead.strip()) else title
    if site:
        kept = [p for p in parts if p != site and site not in p]
        if kept:
            parts = kept
    kept = [p for p in parts if not (len(p.strip()) <= 10 and is_outlet(p.strip()))]  # 新闻网 - 标题: the site first
    if kept:
        parts = kept
    # the first part is the headline unless a later one is clearly longer (a "频道_标题" order)
    first = parts[0]
    longest = max(parts, key=len)
    return longest if len(longest) > 2 * len(first) + 4 else first




def site_name(meta: dict[str, str]) -> str | None:
    """The site's name from ``og:site_name`` and the like."""
    return meta.get("og:site_name") or next((meta[k] for k in META_SITE_KEYS if k in meta), None)


def page_title(page: ParsedPage) -> str | None:
    """The headline: the rule's title, JSON-LD ``headline``, ``og:title``, <title>, the first h1/h2;
    a site-name suffix stripped (:func:`clean_title`)."""
    root, meta, ld, site = page.root, page.meta, page.ld, page.site
    h1s = [heading_text(h) for h in islice((h for tag in ("h1", "h2") for h in root.iter(tag)), 6)]
    title_tag = next((normalize_text(t.text or "") for t in root.iter("title")), "")
    raw_title = (
        next((heading_text(e) for e in select(root, page.rule.get("title"))), None)
        or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
        or meta.get("og:title") or title_tag or (h1s[0] if h1s else "")
    )
    if raw_title:  # a meta value cut by an unescaped " (og:title="…集团" 暗伤"…"): the heading or <title> whole
        raw_title = next((x for x in (*h1s, title_tag) if x.startswith(raw_title + '"')), raw_title)
    title = clean_title(raw_title, h1s, site) if raw_title else None
    if title and title_tag and len(title) < 4:
        title = clean_title(title_tag, h1s, site)
    return title


def page_source(page: ParsedPage) -> str | None:
    """The source named by the rule's ``source`` element, else by a source meta tag."""
    for el in select(page.root, page.rule.get("source")):
        t = node_text(el)
        t = re.sub(r"^(?:来源|文章来源|稿件来源)\s*[:：]?\s*", "", t)
        if 2 <= len(t) <= 30:
            return t
    account, outlet = rule_account(page)
    if outlet:  # a post by an outlet's account (头条号 新华社): the outlet is credited
        return account
    meta = page.meta
    return next((meta[k] for k in META_SOURCE_KEYS if k in meta and len(meta[k]) <= 30), None)


def page_media(page: ParsedPage, source: str | None) -> str | None:
    """The outlet: the site name, else the name in a copyright line (``版权所有 南通日报``), else ``source``."""
    media = page.site
    if not media:
        m = _COPYRIGHT_RE.search(" ".join(node_text(e) for e in page.root.iter("div", "p", "td")
                                          if (t := e.text) and ("版权" in t or "Copyright" in t or "©" in t))[:2000])
        media = m.group("name") if m else None
    return media or source
