"""The names a page gives its own site besides ``og:site_name``: the JSON-LD publisher and the suffix of its
<title> (``标题｜风向评论``, ``标题 - 问泉``). A CMS fills ``<meta name="author">`` with the site's name as
often as with a writer's: such a value names nobody."""
from __future__ import annotations

import re
from html import unescape

from newscrawl.pages.generic.metadata import ld_names
from newscrawl.pages.generic.tree import ParsedPage
from newscrawl.text.controls import normalize_text

__all__ = ["site_labels", "title_suffix"]

_SEP_RE = re.compile(r"\s*[|｜_—–]\s*|\s+-\s+")
_MAX_SUFFIX = 16
_TITLE_TAG_RE = re.compile(r"<title[^>]*>([^<]{1,300})</title>", re.IGNORECASE)


def title_suffix(page: ParsedPage) -> str | None:
    """The last part of the page's <title> when it has several and that part is short (2–16 characters) and
    shorter than the first (the headline): the site's name."""
    m = _TITLE_TAG_RE.search(page.html)  # from the source: the tree's <head> may be pruned by now
    title = normalize_text(unescape(m.group(1))) if m else ""
    parts = [p for p in _SEP_RE.split(title) if p.strip()]
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    return last if 2 <= len(last) <= _MAX_SUFFIX and len(last) < len(parts[0]) else None


def site_labels(page: ParsedPage) -> list[str]:
    """The site's names the page gives: ``og:site_name`` (and the like), the JSON-LD publisher, the <title>
    suffix; the first is the one to use as the site's name."""
    out = [page.site] if page.site else []
    out += ld_names(page.ld.get("publisher")) if isinstance(page.ld, dict) else []
    suffix = title_suffix(page)
    if suffix:
        out.append(suffix)
    return [x for i, x in enumerate(out) if x and x not in out[:i]]
