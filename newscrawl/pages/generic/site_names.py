"""The names a page gives its own site besides ``og:site_name``: the JSON-LD publisher and the suffix of its
<title> (``标题｜风向评论``, ``标题 - 问泉``). A CMS fills ``<meta name="author">`` with the site's name as
often as with a writer's: such a value names nobody."""
from __future__ import annotations

import re
from html import unescape

from newscrawl.pages.generic.metadata import ld_names
from newscrawl.pages.generic.tree import ParsedPage
from newscrawl.text.controls import normalize_text
from newscrawl.text.names import is_plausible_name

__all__ = ["site_labels", "title_suffix"]

_SEP_RE = re.compile(r"\s*[|｜_—–]\s*|\s+-\s+")
_MAX_SUFFIX = 16
_TITLE_TAG_RE = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.IGNORECASE)


def title_suffix(page: ParsedPage) -> str | None:
    """The last part of the page's <title> when it has several and that part is short (2–16 characters),
    shorter than the first (the headline) and no personal name: the site's name."""
    m = _TITLE_TAG_RE.search(page.html)  # from the source: the tree's <head> may be pruned by now
    title = normalize_text(unescape(m.group(1))) if m else ""
    parts = [p for p in _SEP_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    if not 2 <= len(last) <= _MAX_SUFFIX or len(last) >= len(parts[0]) or is_plausible_name(last):
        return None  # a personal name closing the title: a personal blog's owner, who may be its author
    return last


def site_labels(page: ParsedPage) -> list[str]:
    """The site's names the page gives: ``og:site_name`` (and the like), the JSON-LD publisher, the <title>
    suffix; the first is the one to use as the site's name."""
    out = [page.site] if page.site else []
    out += ld_names(page.ld.get("publisher")) if isinstance(page.ld, dict) else []
    suffix = title_suffix(page)
    if suffix:
        out.append(suffix)
    return [x for i, x in enumerate(out) if x and x not in out[:i]]
