"""Generic extraction of a Chinese article page: title, body, date, bylines, source, media, images.

``extract(html, url)`` is pure (no Scrapy, no I/O besides the packaged site rules) and returns what a crawl
of the page stores. The steps:

1. guard rails: empty, binary, too large or list-like pages raise ``PageError`` with a stable reason;
   markup nested deeper than libxml2's limit (255) is flattened and parsed again;
2. structured data first: JSON-LD (NewsArticle …), ``og:``/``article:`` and ``publishdate``-style meta;
3. per-site rules (``site_rules.json``: CSS/XPath per host) override the generic choices below;
4. the body: hidden parts go (not an article that a script reveals); every text run is charged to its
   nearest block element; a block scores by its Chinese punctuation and length, less its link text (feeds
   and footers score nothing, what stands above the headline half); scores flow to the ancestors (1, 0.7,
   0.5, 0.35) and the best container wins (less in a sidebar; or an ancestor holding much more text of the
   same kind; with its sibling parts split off by an ad or a player); feeds, link lists, share bars,
   reference lists, infoboxes and boilerplate blocks inside it are dropped; a body of low confidence
   is checked against a second extractor (``fallback``), and the output says which one gave it;
5. the body HTML goes through the same cleaning and byline functions as every crawled article
   (``newscrawl.text.cleaning``, ``newscrawl.text.bylines``); byline lines between the title and the body, meta
   authors and JSON-LD authors are merged in; the date comes from meta, then the lines by the title.

The body is cleaned and its bylines parsed here, once: :func:`to_article` gives an Article with
``cleaned=True`` and the final content and byline fields, so the item pipelines' clean stage skips it and the
byline stage only merges (``pipelines/normalize.py``).

Modules, one concern each: ``tree`` (guard rails, parse, element text), ``rules`` (site rules and the
selector engine; ``site_rules.json``), ``metadata`` (meta tags, JSON-LD, title, source, media), ``body``
(pruning, block scoring, container choice, body cleaning), ``dates``,
``bylines`` (page bylines, user-author heuristics, where the authors came from), ``accounts`` (self-media
accounts, forum/blog posters' names, what is never an author), ``structure`` (feeds, sidebars, boxes beside
the article, the headline's heading), ``around`` (the lines around the body), ``fallback``
(body confidence, the second extractor).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from newscrawl.items import Article
from newscrawl.pages import MAX_BYTES, PageError
from newscrawl.pages.generic.app_state import APP_STATE, SHORT_BODY, app_state_article, has_app_state
from newscrawl.pages.generic.around import head_lines, header_lines, trailer_lines
from newscrawl.pages.generic.body import (
    LINK_LIST,
    choose_body,
    clean_body,
    container_figures,
)
from newscrawl.pages.generic.bylines import add_page_bylines
from newscrawl.pages.generic.dates import published_date
from newscrawl.pages.generic.fallback import (
    FALLBACK_MARGIN,
    FALLBACK_UNAVAILABLE,
    LOW_CONFIDENCE,
    body_confidence,
    fallback_body,
    link_text_share,
    text_plausibility,
)
from newscrawl.pages.generic.info_tables import remove_info_tables
from newscrawl.pages.generic.metadata import (
    page_media,
    page_source,
    page_title,
    read_json_ld,
    read_meta,
    site_name,
)
from newscrawl.pages.generic.players import drop_players
from newscrawl.pages.generic.rules import load_site_rules, rule_for
from newscrawl.pages.generic.tree import MAX_CHARS, ParsedPage, article_id, check_page, check_size, parse_page
from newscrawl.text.bylines import Byline, extract_bylines
from newscrawl.text.cleaning import (
    Block,
    apply_removal,
    clean_html,
    collect_images,
    join_blocks,
)
from newscrawl.text.controls import strip_controls
from newscrawl.text.date_lines import split_date_lines
from newscrawl.text.decode import decode_html
from newscrawl.text.edge_lines import trim_edge_lines

__all__ = [
    "MAX_BYTES",
    "MAX_CHARS",
    "RAW_KIND",
    "apply_removal",
    "article_id",
    "check_size",
    "extract",
    "load_site_rules",
    "provenance",
    "rule_for",
    "to_article",
    "to_article_and_fields",
]

#: The ``raw_pages`` kind of a generic page's bytes (``newscrawl reprocess`` extracts it again).
RAW_KIND = "article_page"
_CHARSET_RE = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# the characters strip_controls (C0 but tab and newline, DEL, C1) and clean_html (C0 but tab, newline and CR,
# DEL, lone surrogates, U+FFFE/U+FFFF) take out
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def _parse(html: str, url: str | None, rules: dict[str, dict[str, Any]] | None) -> ParsedPage:
    """Check and parse the page; its rule, meta tags, JSON-LD and site name."""
    check_page(html)
    root = parse_page(html)
    meta = read_meta(root)
    body = root.find("body")
    return ParsedPage(html=html, root=root, body=root if body is None else body, rule=rule_for(url, rules),
                      meta=meta, ld=read_json_ld(root), site=site_name(meta))


def _clean(body_html: str, base_url: str | None) -> tuple[list[Block], Byline, list[str], list[str]]:
    """The body cleaned as the clean stage does it (control characters out first, as the validate stage
    does), its byline lines parsed and removed, and the date-only lines opening it: (blocks, body byline,
    remaining lines, date lines)."""
    # one scan for what strip_controls and clean_html take out (most bodies hold none of it)
    checked = _UNSAFE_CHARS.search(body_html) is None
    blocks = clean_html(body_html if checked else strip_controls(body_html), base_url=base_url, checked=checked)
    if not any(b.text for b in blocks):
        raise PageError("no_article_body", "no text left after cleaning")
    texts, _ = trim_edge_lines([b.text for b in blocks if b.text])  # 《X日报》（…版）, 点击“在看”, 特别声明：…
    byline, remaining = extract_bylines(texts)
    remaining, _ = trim_edge_lines(remaining)  # a statement above the closing credits (…责任编辑：X)
    remaining, dated = split_date_lines(remaining)  # (2013-05-20 09:12:45), 发布时间：2024年3月12日
    return apply_removal(blocks, remaining), byline, remaining, dated


@dataclass
class _Body:
    """One candidate body, cleaned: its HTML before cleaning, blocks, byline, remaining lines, content,
    the method that chose it, the confidence in it and the date-only lines taken from its head."""

    html: str
    blocks: list[Block]
    byline: Byline
    remaining: list[str]
    content_html: str
    content_text: str
    method: str
    confidence: float = 0.0
    date_lines: list[str] = field(default_factory=list)


def _finish(body_html: str, base_url: str | None, method: str) -> _Body:
    blocks, byline, remaining, dated = _clean(body_html, base_url)
    content_html, content_text = join_blocks(blocks)
    if not content_text:
        raise PageError("no_article_body", "only byline lines in the body")
    return _Body(body_html, blocks, byline, remaining, content_html, content_text, method, date_lines=dated)


def _second_opinion(page: ParsedPage, url: str | None, base_url: str | None,
                    ours: _Body | None) -> tuple[_Body | None, str]:
    """The fallback extractor's body when it reads more like an article than ``ours`` (None otherwise), and
    what came of asking it (``used``, ``rejected``, ``no result``, ``unavailable``)."""
    fb_html, method = fallback_body(page.html, url)
    if fb_html is None:
        return None, "unavailable" if method == FALLBACK_UNAVAILABLE else "no result"
    try:
        fb = _finish(fb_html, base_url, method)
    except PageError:
        return None, "no result"
    fb.confidence = text_plausibility(fb.content_text) * (1.0 - link_text_share(page.root, fb.content_text))
    if ours is None:
        better = fb.confidence >= LOW_CONFIDENCE
    else:
        better = fb.confidence >= ours.confidence + FALLBACK_MARGIN
    return (fb, "used") if better else (None, "rejected")


def extract(html: str, url: str | None = None, rules: dict[str, dict[str, Any]] | None = None,
            base_url: str | None = None) -> dict[str, Any]:
    """Extract one article from page HTML; raises ``PageError`` (``empty_page``, ``binary_content``,
    ``too_large``, ``no_article_body`` …) when the page holds none.

    ``url`` picks the site rule and resolves the body's links (``base_url``, when given, resolves them
    instead); ``rules`` replaces the packaged ``site_rules.json`` (host → selectors). Keys: url, title,
    published_at, authors, authors_from (where they came from: body, header, json-ld, meta, name-line, account,
    poster, rule, none), authors_confidence (0–1), photographers, editors, organisations, byline_raw, source,
    media, content_html, content_text, images (cleaned, byline lines out: final), body_html (the chosen body
    HTML, before cleaning), body_from (``ours``, ``rule``, ``app-state`` or ``fallback:trafilatura``), body_confidence
    (0–1), body_fallback (None when the fallback was not asked; else ``used``, ``rejected``, ``no result`` or
    ``unavailable``) and ``confidence`` (field → confidence).
    """
    page = _parse(html, url, rules)
    title = page_title(page)
    base = base_url or url
    top: etree._Element | None = None
    ours: _Body | None = None
    failure: PageError | None = None
    choice = None
    try:
        choice = choose_body(page, title)
        top = choice.top
    except PageError as exc:
        failure = exc
    feeds = choice.page_feeds if choice is not None else None
    header, prebody = header_lines(page.body, title, top, feeds=feeds)
    trailer = trailer_lines(choice.parts[-1], feeds=feeds) if choice is not None else []
    info: list[str] = []  # the dated label-value lines of a disclosure table taken out of the body
    if choice is not None:
        info = [line for part in choice.parts for line in remove_info_tables(part)]
        density, share = container_figures(choice, page.body)
        for part in choice.parts:
            clean_body(part, choice.stats, title, choice.feeds, choice.muted)
            drop_players(part)  # a video player's duration, title and loading line (players.py)
        body_html = "".join(etree.tostring(p, encoding="unicode", method="html", with_tail=False)
                            for p in choice.parts)
        try:
            ours = _finish(body_html, base, choice.method)
        except PageError as exc:
            failure = exc
        else:
            ours.confidence = (1.0 if choice.method == "rule"
                               else body_confidence(ours.content_text, density, share, len(header)))
    app = (app_state_article(html, title, ours.content_text if ours else "")  # a SPA's skeleton or teaser
           if (ours is None or len(ours.content_text) < SHORT_BODY) and has_app_state(html) else None)
    if app is not None:
        ours, failure, header, title = _finish(app.html, base, APP_STATE), None, app.lines + header, app.title
        ours.confidence = text_plausibility(ours.content_text)
    asked = None
    chosen = ours
    if failure is not None and failure.message == LINK_LIST:
        raise failure
    if ours is None or (ours.method == "ours" and ours.confidence < LOW_CONFIDENCE):
        fb, asked = _second_opinion(page, url, base, ours)
        chosen = fb or ours
    if chosen is None:
        raise failure or PageError("no_article_body", "no block of article text found")
    byline, remaining = chosen.byline, chosen.remaining
    # bylines: the body's first (as BylinesPipeline finds them), then the page's
    near_lines = header[:20] + [x for x in prebody[-6:] if x not in header[:20]] + trailer
    head = head_lines(remaining)
    authors_from, authors_confidence = add_page_bylines(byline, page, near_lines, head, remaining, title)
    source = byline.source or page_source(page)
    # a disclosure table's dated lines after the first 20 header lines (those read for a cued date), before the rest
    date = published_date(page, header[:20] + info + header[20:], prebody, byline.lines, chosen.date_lines + head,
                          remaining, trailer, title, url)
    fields = {
        "url": url,
        "title": title or None,
        "published_at": date.iso,
        "published_at_from": date.source,
        "published_at_confidence": date.confidence,
        "authors": byline.authors,
        "authors_from": authors_from,
        "authors_confidence": authors_confidence,
        "photographers": byline.photographers,
        "editors": byline.editors,
        "organisations": byline.organisations,
        "byline_raw": "\n".join(byline.lines) or None,
        "source": source,
        "media": page_media(page, source),
        "content_html": chosen.content_html,
        "content_text": chosen.content_text,
        "images": collect_images(chosen.blocks),
        "body_html": chosen.html,
        "body_from": chosen.method,
        "body_confidence": chosen.confidence,
        "body_fallback": asked,
    }
    # field → confidence, from every ``<field>_confidence`` key (body's here; other fields add theirs)
    fields["confidence"] = {k[: -len("_confidence")]: v for k, v in fields.items() if k.endswith("_confidence")}
    return fields


def provenance(fields: dict[str, Any]) -> dict[str, Any]:
    """The keys of an ``extract`` result that say how each field was found (``body_from``,
    ``body_confidence``, ``body_fallback``, ``confidence`` and the other fields' ``*_from``/``*_confidence``)."""
    return {k: v for k, v in fields.items() if k in _PROVENANCE_KEYS or k.endswith(_PROVENANCE_SUFFIXES)}


_PROVENANCE_KEYS = frozenset({"confidence"})
_PROVENANCE_SUFFIXES = ("_from", "_confidence", "_fallback")


def to_article(body: bytes, content_type: str | None, url: str | None, fetched_url: str | None = None,
               spider: str | None = None) -> Article:
    """The Article a crawl stores for page bytes, with the bytes as ``raw_page`` (kind :data:`RAW_KIND`).

    ``url`` is the URL given (it makes the id and resolves the body's links; a saved page may have none:
    then the id is None), ``fetched_url`` the one the page came from after redirects (it picks the site rule). The Article is ``cleaned``: its content,
    images and byline fields are final, the chosen body HTML rides as ``raw_html``. Raises ``PageError``
    for a page without an article."""
    return to_article_and_fields(body, content_type, url, fetched_url, spider)[0]


def to_article_and_fields(body: bytes, content_type: str | None, url: str | None, fetched_url: str | None = None,
                          spider: str | None = None) -> tuple[Article, dict[str, Any]]:
    """:func:`to_article`, and the ``extract`` result it was made from (``newscrawl extract`` prints its
    :func:`provenance` keys, which the Article does not carry)."""
    check_size(body)
    html, _ = decode_html(body, content_type)
    fields = extract(html, url=fetched_url or url, base_url=url)
    m = _CHARSET_RE.search(content_type or "")
    article = Article(
        id=article_id(url) if url else None, url=url, title=fields["title"], media=fields["media"],
        published_at=fields["published_at"], authors=list(fields["authors"]),
        photographers=list(fields["photographers"]), editors=list(fields["editors"]),
        organisations=list(fields["organisations"]), byline_raw=fields["byline_raw"], source=fields["source"],
        content_html=fields["content_html"], content_text=fields["content_text"], images=fields["images"],
        raw_html=fields["body_html"], cleaned=True, spider=spider,
        raw_page={"url": fetched_url or url, "kind": RAW_KIND, "body": body, "encoding": m.group(1) if m else None,
                  "meta": {"given_url": url, "content_type": content_type or None}},
    )
    return article, fields
