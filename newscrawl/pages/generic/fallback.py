"""How plausible a chosen body is (``body_confidence``), and a second, independent extractor for the pages
where it is not (``fallback_body``: trafilatura, an optional dependency imported only when needed).

The confidence is a product of factors in [0, 1], each a sign that the text is not an article: boilerplate
lines (copyright, ICP, 举报电话 …), link density of the chosen container, too little punctuation for prose,
a tiny share of the page's text, a container far below the headline, a very short text. ``extract`` runs
the fallback when the confidence is under :data:`LOW_CONFIDENCE` (or when no block was found) and keeps the
fallback's text only when it reads more like an article (:func:`text_plausibility`) than ours.
"""
from __future__ import annotations

import re

from lxml import etree

from newscrawl.pages.generic.body import has_footer_text, is_footer_line

#: under this confidence ``extract`` asks the fallback extractor for a second opinion
LOW_CONFIDENCE = 0.5
#: the fallback replaces ours only when its plausibility is higher by this margin
FALLBACK_MARGIN = 0.15
FALLBACK_NAME = "fallback:trafilatura"
FALLBACK_UNAVAILABLE = "fallback unavailable"

_PROSE_PUNCT_RE = re.compile(r"[，。！？；：、“”‘’《》（）…—,!?;.]")


def _nonblank(t: str) -> int:
    return len("".join(t.split()))


def footer_share(text: str) -> float:
    """The share of ``text``'s characters in footer lines (copyright, ICP licence, report hotline …)."""
    total = _nonblank(text)
    if not total or not has_footer_text(text):
        return 0.0
    bad = sum(_nonblank(line) for line in text.split("\n") if is_footer_line(line))
    return min(1.0, bad / total)


def text_plausibility(text: str) -> float:
    """How much ``text`` reads like an article, in [0, 1]: punctuated prose (one mark per 50 characters
    is enough), few footer lines, 50+ characters."""
    n = _nonblank(text)
    if not n:
        return 0.0
    punct = min(1.0, len(_PROSE_PUNCT_RE.findall(text)) / n / 0.02)
    length = min(1.0, 0.5 + n / 100)
    return round(punct * (1.0 - footer_share(text)) * length, 3)


def body_confidence(text: str, link_density: float, page_share: float, title_gap: int | None) -> float:
    """The confidence in a body chosen by block scoring, in [0, 1]: :func:`text_plausibility` of its text,
    times factors for the container's link density (over 0.3), its share of the page's non-link text (under
    0.2) and the headline's distance (``title_gap``: text lines between the headline and the body; 40 means
    the headline is far above it; None when no headline was seen above it)."""
    conf = text_plausibility(text)
    if link_density > 0.3:
        conf *= max(0.0, 1.0 - (link_density - 0.3) * 3)
    conf *= min(1.0, 0.6 + 2 * max(0.0, page_share))
    if title_gap is not None and title_gap >= 40:
        conf *= 0.8
    return round(conf, 3)


def link_text_share(root: etree._Element, text: str) -> float:
    """The share of ``text``'s characters that are the text of a link on the page (4+ characters): a list of
    headlines that the fallback read as paragraphs."""
    flat = "".join(text.split())
    if not flat:
        return 0.0
    links = {"".join(etree.tostring(a, method="text", encoding="unicode", with_tail=False).split())
             for a in root.iter("a")}
    linked = sum(len(k) for k in links if len(k) >= 4 and k in flat)
    return min(1.0, linked / len(flat))


def fallback_body(html: str, url: str | None) -> tuple[str | None, str]:
    """(body HTML or None, method): the article body by trafilatura (no comments, tables kept); ``(None, FALLBACK_UNAVAILABLE)`` when trafilatura cannot be imported or fails on the page."""
    try:
        import trafilatura  # deferred: a heavy import, needed on few pages, and optional
    except ImportError:
        return None, FALLBACK_UNAVAILABLE
    try:
        out = trafilatura.extract(html, url=url, output_format="html", include_comments=False,
                                  include_tables=True)
    except Exception:  # noqa: BLE001 - a second opinion that crashes is no opinion
        return None, FALLBACK_NAME
    return out or None, FALLBACK_NAME
