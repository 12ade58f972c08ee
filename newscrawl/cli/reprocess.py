"""``newscrawl reprocess``: the stored raw payloads (raw_pages) through the pipelines again, without the network."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from newscrawl.items import Article
from newscrawl.pages import PageError, finews, generic, jekyll
from newscrawl.store.db import crawler_db, iter_raw_pages, record_failure
from pipelines.chain import Dropped, PipelineChain


def raw_page_count(database: Any, since: str | None = None) -> int:
    """How many raw payloads ``reprocess_pages`` will read (fetched at or after ``since``)."""
    where, params = ("WHERE fetched_at >= ?", [since]) if since else ("", [])
    return database.execute(f"SELECT count(*) FROM raw_pages {where}", params).fetchone()[0]


def _generic_article(row: dict[str, Any]) -> Article:
    """The Article for a stored ``raw_pages`` row of a generic page (kind ``generic.RAW_KIND``): the page
    extracted again (``generic.to_article``) with the URL given and the content type it was fetched with."""
    meta = row.get("meta") or {}
    ctype = meta.get("content_type") or (f"text/html; charset={row['encoding']}" if row.get("encoding") else None)
    article = generic.to_article(row["body"], ctype, meta.get("given_url") or row["url"], row["url"], "reprocess")
    article.raw_page = None
    return article


def article_from_row(row: dict[str, Any], share: str | None) -> Article:
    """The Article for one stored ``raw_pages`` row, by its kind (each source's ``to_article``)."""
    if row["kind"] == generic.RAW_KIND:        # a generic page (article spider): extract it again
        return _generic_article(row)
    if row["kind"] == jekyll.RAW_KIND:         # a post page of the Jekyll site (site spider)
        post = jekyll.parse_post_page(finews.decode_body(row["body"], row["encoding"]), row["url"])
        return jekyll.to_article(post, page_url=row["url"], public_share_url=share, spider="reprocess")
    if row["kind"] == finews.RAW_KIND_SHARE_PAGE:
        fields = finews.parse_share_page(finews.decode_body(row["body"], row["encoding"]))
        if fields is None:
            raise PageError("no_article_body", "share page without an article")
    else:
        fields = finews.parse_text_response(row["body"], row["encoding"])
    meta = row["meta"]
    return finews.to_article(row["article_id"], fields, meta.get("entry"), meta.get("given_url"), share,
                             spider="reprocess")


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
                status = chain.process(article_from_row(row, share))
            except PageError as exc:
                failed(row, "reprocess", exc.reason, exc.message)
                continue
            except Dropped as exc:
                failed(row, exc.stage, exc.reason, exc.detail)
                continue
            counts[status] = counts.get(status, 0) + 1
    return counts
