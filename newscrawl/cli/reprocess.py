"""``newscrawl reprocess``: the stored raw payloads (raw_pages) through the pipelines again, without the network."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newscrawl.items import Article
from newscrawl.pages import PageError
from newscrawl.pages.finews import article_fields, decode_body, parse_share_page, parse_text_response
from newscrawl.pages.jekyll import parse_post_page, post_article_fields
from newscrawl.spiders.article import RAW_KIND as ARTICLE_PAGE
from newscrawl.spiders.article import article_from_raw
from newscrawl.spiders.site import RAW_KIND as SITE_POST
from newscrawl.store.db import crawler_db, iter_raw_pages, record_failure
from pipelines.chain import Dropped, PipelineChain


def raw_page_count(database: Any, since: str | None = None) -> int:
    """How many raw payloads ``reprocess_pages`` will read (fetched at or after ``since``)."""
    where, params = ("WHERE fetched_at >= ?", [since]) if since else ("", [])
    return database.execute(f"SELECT count(*) FROM raw_pages {where}", params).fetchone()[0]


def reprocess_pages(db: str, database: Any, since: str | None, share: str | None,
                    tick: Callable[[], None] = lambda: None) -> dict[str, int]:
    """Run every raw payload of ``database`` (at ``db``) through the item pipelines again; a payload that
    fails is recorded in ``failures``.  Returns the count per outcome (new, updated, unchanged, failed);
    ``tick`` is called once per payload (a progress bar)."""
    counts: dict[str, int] = {}
    with PipelineChain({"NEWSCRAWL_DB": db, "NEWSCRAWL_KEEP_RAW": False}, spider_name="reprocess") as chain:
        writer = crawler_db(chain.crawler)      # the chain's connection: failures join its transaction

        def failed(row: dict, stage: str, reason: str, detail: str) -> None:
            record_failure(writer, url=row["url"], stage=stage, reason=reason, detail=detail,
                           article_id=row["article_id"], spider="reprocess")
            counts["failed"] = counts.get("failed", 0) + 1

        for row in iter_raw_pages(database, since):
            tick()
            try:
                if row["kind"] == ARTICLE_PAGE:    # a generic page (article spider): extract it again
                    status = chain.process(article_from_raw(row))
                    counts[status] = counts.get(status, 0) + 1
                    continue
                if row["kind"] == SITE_POST:        # a post page of the Jekyll site (site spider)
                    post = parse_post_page(decode_body(row["body"], row["encoding"]), row["url"])
                    item = Article(**post_article_fields(post, page_url=row["url"], public_share_url=share),
                                   spider="reprocess")
                    status = chain.process(item)
                    counts[status] = counts.get(status, 0) + 1
                    continue
                if row["kind"] == "share_page":
                    fields = parse_share_page(decode_body(row["body"], row["encoding"]))
                    if fields is None:
                        raise PageError("no_article_body", "share page without an article")
                else:
                    fields = parse_text_response(row["body"], row["encoding"])
                meta = row["meta"]
                item = Article(**article_fields(row["article_id"], fields, meta.get("entry"), meta.get("given_url"),
                                                share), spider="reprocess")
                status = chain.process(item)
            except PageError as exc:
                failed(row, "reprocess", exc.reason, exc.message)
                continue
            except Dropped as exc:
                failed(row, exc.stage, exc.reason, exc.detail)
                continue
            counts[status] = counts.get(status, 0) + 1
    return counts
