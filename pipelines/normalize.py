"""Thin Scrapy glue: each pipeline calls the pure functions of one stage on the Article item.

Order (settings.ITEM_PIPELINES): validate → clean → dates → bylines & source → fingerprint → store.
A stage that cannot go on reports a failure (a row in ``failures``) and drops the item.
"""
from __future__ import annotations

from typing import Any

from scrapy.exceptions import DropItem

from newscrawl.failures import report_failure
from newscrawl.items import Article
from newscrawl.text.bylines import Byline, extract_bylines
from newscrawl.text.cleaning import apply_removal, clean_html, collect_images, join_blocks
from newscrawl.text.controls import strip_controls
from newscrawl.text.dates import normalize_datetime
from newscrawl.text.fingerprint import content_hash, normalized, simhash
from newscrawl.text.ids import INFO_CODE_RE
from newscrawl.text.media import default_tags, media_slug


class _Stage:
    stage = "pipeline"

    def __init__(self, crawler: Any = None) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> _Stage:
        return cls(crawler)

    def drop(self, item: Article, reason: str, detail: str = "") -> DropItem:
        report_failure(self.crawler, url=item.url, stage=self.stage, reason=reason, detail=detail,
                       article_id=item.id)
        return DropItem(f"{reason}: {detail}" if detail else reason)


#: Article fields left as they are by :func:`strip_text_controls`: the identity (id, url) and non-text payloads.
_KEEP_AS_IS = frozenset({"id", "url", "raw_page", "blocks", "images", "cleaned"})


def strip_text_controls(item: Article) -> Article:
    """Every text field of ``item`` (str, and the str entries of lists: title, media, category, tags,
    authors, byline_raw, source, raw_html, content_text …) without control characters
    (:func:`newscrawl.text.controls.strip_controls`: terminal escapes, C0 but tab/newline, DEL, C1)."""
    for name, value in vars(item).items():
        if name in _KEEP_AS_IS or not value:
            continue
        if isinstance(value, str):
            setattr(item, name, strip_controls(value))
        elif isinstance(value, list) and any(isinstance(v, str) for v in value):
            kept = [strip_controls(v) if isinstance(v, str) else v for v in value]
            setattr(item, name, [k for k, v in zip(kept, value) if k or not v])   # no entry of controls only
    return item


class ValidatePipeline(_Stage):
    """An item needs an id and a raw body; control characters leave every text field."""

    stage = "validate"

    def process_item(self, item: Article) -> Article:
        strip_text_controls(item)
        if not item.id or not (INFO_CODE_RE.match(item.id) or len(item.id) >= 8):
            raise self.drop(item, "missing_id", f"id {item.id!r}")
        if not item.raw_html or not item.raw_html.strip():
            raise self.drop(item, "empty_body", "no article HTML")
        if item.title:
            item.title = " ".join(item.title.split())
        return item


class CleanPipeline(_Stage):
    """Sanitise the HTML into blocks (see newscrawl.text.cleaning); an item its page parser already
    ``cleaned`` (generic pages) passes as it is."""

    stage = "clean"

    def process_item(self, item: Article) -> Article:
        if item.cleaned:
            return item
        blocks = clean_html(item.raw_html or "", base_url=item.url)
        if not any(b.text for b in blocks):
            raise self.drop(item, "no_article_body", "no text left after cleaning")
        item.blocks = blocks
        return item


class DatesPipeline(_Stage):
    """published_raw → published_at (ISO 8601, Asia/Shanghai unless the text says otherwise); None stays None."""

    stage = "dates"

    def process_item(self, item: Article) -> Article:
        if item.published_raw and not item.published_at:
            item.published_at = normalize_datetime(item.published_raw)
        return item


class BylinesPipeline(_Stage):
    """Byline and source lines → authors, photographers, editors, organisations, source; media and slug.

    An item its page parser already ``cleaned`` (generic pages: body bylines parsed, content final) is
    not parsed again: its byline fields are only merged (deduplicated) as below."""

    stage = "bylines"

    def process_item(self, item: Article) -> Article:
        blocks = None
        if item.cleaned:
            byline = Byline()
        else:
            blocks = item.blocks or []
            byline, remaining = extract_bylines([b.text for b in blocks if b.text])
            blocks = apply_removal(blocks, remaining)
        # --- names a page parser already set (generic extraction: meta, JSON-LD, header lines) are merged
        # after the body's, not lost (the same order newscrawl.pages.generic.extract uses)
        byline.merge(Byline(list(item.authors), list(item.photographers), list(item.editors),
                            list(item.organisations), None, [x for x in (item.byline_raw or "").split("\n") if x]))
        # ---
        item.authors, item.photographers = byline.authors, byline.photographers
        item.editors, item.organisations = byline.editors, byline.organisations
        item.byline_raw = "\n".join(byline.lines) or None
        item.source = byline.source or item.source
        item.media = item.media or item.source
        item.media_slug = item.media_slug or media_slug(item.media)
        item.category = item.category or item.media_slug
        item.tags = item.tags or default_tags(item.media, item.category)
        if blocks is not None:
            item.content_html, item.content_text = join_blocks(blocks)
            item.images = collect_images(blocks)
        item.blocks = None
        if not item.content_text:
            raise self.drop(item, "no_article_body", "only byline lines in the body")
        return item


class FingerprintPipeline(_Stage):
    """content_hash, simhash and char_count of the cleaned text."""

    stage = "fingerprint"

    def process_item(self, item: Article) -> Article:
        text = normalized(item.content_text or "")    # once: the hashes only see the text without whitespace
        item.char_count = len(text)
        item.content_hash = content_hash(text)
        item.simhash = simhash(text)
        return item
