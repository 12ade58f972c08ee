"""The Article item: one dataclass that travels from spider to store."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

#: Columns of the ``articles`` table, in export order.
STORED_FIELDS: tuple[str, ...] = (
    "id", "url", "share_url", "title", "media", "media_slug", "category", "tags",
    "published_at", "authors", "photographers", "editors", "organisations", "byline_raw",
    "source", "content_html", "content_text", "images", "char_count", "content_hash",
    "simhash", "reprint_of", "spider", "run_id", "first_seen_at", "updated_at",
)
#: Fields holding lists (stored as JSON text in SQLite).
LIST_FIELDS: frozenset[str] = frozenset(
    {"tags", "authors", "photographers", "editors", "organisations", "images"}
)


@dataclass
class Article:
    """An article on its way through the pipelines.

    Spiders fill the raw fields (``raw_html``, ``published_raw``) and what the source
    gives directly; the pipelines fill the rest.  Raw fields are not stored.
    """

    id: str | None = None
    url: str | None = None
    share_url: str | None = None
    title: str | None = None
    media: str | None = None
    media_slug: str | None = None
    category: str | None = None
    tags: list[str] = field(default_factory=list)
    published_at: str | None = None
    authors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    byline_raw: str | None = None
    source: str | None = None
    content_html: str | None = None
    content_text: str | None = None
    images: list[dict[str, str]] = field(default_factory=list)
    char_count: int | None = None
    content_hash: str | None = None
    simhash: str | None = None
    reprint_of: str | None = None
    spider: str | None = None
    run_id: str | None = None
    first_seen_at: str | None = None
    updated_at: str | None = None
    # raw inputs, consumed by the pipelines
    raw_html: str | None = None
    published_raw: str | None = None
    blocks: list[Any] | None = None          # cleaned blocks, between the clean and byline stages
    raw_page: dict[str, Any] | None = None   # the payload as fetched (url, kind, body, encoding, meta), for raw_pages
    #: True when the page parser already cleaned the body and parsed its bylines (generic pages): content_html,
    #: content_text, images and the byline fields are final; the clean stage skips the item and the byline
    #: stage only merges the byline fields (each page is cleaned once).
    cleaned: bool = False

    def record(self) -> dict[str, Any]:
        """The stored columns only, as a plain dict."""
        return {name: getattr(self, name) for name in STORED_FIELDS}


assert {f.name for f in fields(Article)} >= set(STORED_FIELDS)
