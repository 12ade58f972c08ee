"""The database schema, as sqlite-utils migrations (applied in order, each once)."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("newscrawl")


@migrations()
def m001_initial(db: Database) -> None:
    """articles, crawl_runs and failures (see docs/data-model.md)."""
    db["articles"].create({
        "id": str, "url": str, "share_url": str, "title": str, "media": str, "media_slug": str,
        "category": str, "tags": str, "published_at": str, "authors": str, "photographers": str,
        "editors": str, "organisations": str, "byline_raw": str, "source": str, "content_html": str,
        "content_text": str, "images": str, "char_count": int, "content_hash": str, "simhash": str,
        "reprint_of": str, "spider": str, "run_id": str, "first_seen_at": str, "updated_at": str,
    }, pk="id")
    db["articles"].create_index(["published_at"])
    db["articles"].create_index(["media"])
    db["articles"].create_index(["content_hash"])
    db["crawl_runs"].create({
        "id": str, "spider": str, "args": str, "started_at": str, "finished_at": str, "status": str,
        "finish_reason": str, "items_new": int, "items_updated": int, "items_unchanged": int,
        "items_failed": int, "requests": int, "bytes": int, "errors": int, "stats": str,
    }, pk="id")
    db["failures"].create({
        "id": int, "url": str, "stage": str, "reason": str, "detail": str, "article_id": str,
        "spider": str, "run_id": str, "failed_at": str,
    }, pk="id")
    db["failures"].create_index(["url"])
    db["failures"].create_index(["article_id"])
    db["failures"].create_index(["run_id"])


def apply(db: Database) -> None:
    """Bring ``db`` up to the current schema."""
    migrations.apply(db)
