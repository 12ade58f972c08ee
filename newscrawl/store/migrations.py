"""The database schema, as sqlite-utils migrations (applied in order, each once)."""
from __future__ import annotations

from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from newscrawl.store.reprints import assign_all, create_index, shingle_sigs_sql
from newscrawl.store.search import LEGACY_TRIGGERS, rebuild_index, schema_sql

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


@migrations()
def m002_versions_and_raw_pages(db: Database) -> None:
    """checked_at (last fetch), article_versions (earlier bodies), raw_pages (payloads for reprocess)."""
    db["articles"].add_column("checked_at", str)
    db["articles"].create_index(["checked_at"])
    db["article_versions"].create({
        "id": int, "article_id": str, "title": str, "published_at": str, "content_html": str,
        "content_text": str, "content_hash": str, "authors": str, "source": str, "valid_from": str,
        "replaced_at": str, "run_id": str,
    }, pk="id")
    db["article_versions"].create_index(["article_id"])
    db["raw_pages"].create({
        "article_id": str, "url": str, "kind": str, "fetched_at": str, "encoding": str,
        "meta": str, "body": bytes, "size": int,
    }, pk="article_id")
    db["raw_pages"].create_index(["fetched_at"])


def apply(db: Database) -> None:
    """Bring ``db`` up to the current schema."""
    migrations.apply(db)


# --- issue 7: search index and reprint bands (newscrawl/store/search.py, pipelines/reprints.py) ---

@migrations()
def m020_search(db: Database) -> None:
    """Full-text index of title + content_text (CJK bigrams), kept in step by triggers; backfills stored rows.

    (Creates the current schema, newscrawl.store.search.schema_sql; m021 brings databases made by the first one up to it.)
    """
    for sql in schema_sql():
        db.execute(sql)
    rebuild_index(db)


@migrations()
def m020_reprint_bands(db: Database) -> None:
    """simhash_bands (the simhash in bands, for near-duplicate lookups) and reprint_of for stored rows.

    (Creates the current index, newscrawl.store.reprints.create_index; m022 and m026 re-cut databases made by
    earlier versions of it.)
    """
    create_index(db)
    if db.execute("SELECT count(*) FROM articles").fetchone()[0]:
        assign_all(db)


@migrations()
def m021_search_queue(db: Any) -> None:
    """Index writes queued by pure-SQL triggers and applied in batches (newscrawl.store.search.flush_index),
    instead of triggers calling the Python function nc_search_text on every row (slow, and it made any
    writer without newscrawl's function fail).  The index built so far stays as it is."""
    for name in LEGACY_TRIGGERS:
        db.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in schema_sql():
        db.execute(sql)


@migrations()
def m022_simhash_bands_16(db: Any) -> None:
    """simhash_bands re-cut into 4 bands of 16 bits (looked up with one-bit neighbours) instead of 8 of 8 bits,
    so a band bucket holds ~N/65,536 articles instead of ~N/256, and carrying the whole simhash, so candidates
    are filtered without reading article rows.  Same candidates within 7 bits, same reprint_of.
    (Now creates the current index, as m026 does.)"""
    create_index(db)


@migrations()
def m023_shingle_sigs(db: Any) -> None:
    """shingle_sigs: per-article shingle signatures, so the reprint check can rule out most simhash-close
    candidates without reading and shingling their text (newscrawl.store.reprints.jaccard_bound; filled lazily)."""
    for sql in shingle_sigs_sql():
        db.execute(sql)


@migrations()
def m024_failures_given_url(db: Any) -> None:
    """failures.given_url: the URL the user gave for a failed article (an Eastmoney or share URL), so
    ``retry-failures`` fetches it again under that URL, not only by its infoCode."""
    if "given_url" not in db["failures"].columns_dict:
        db["failures"].add_column("given_url", str)


# --- issue 15: no article lost to an interrupted walk of the list APIs (newscrawl/spiders/finews_list.py) ---

@migrations()
def m025_list_marks(db: Any) -> None:
    """list_marks: the head codes of page 1 of each complete walk of a list API, so ``finews_list`` pages
    down to them (not only while a page brings something new, which lost what an interrupted run skipped)."""
    db.execute("CREATE TABLE IF NOT EXISTS list_marks (api TEXT NOT NULL, code TEXT NOT NULL, run_id TEXT, "
               "marked_at TEXT, PRIMARY KEY (api, code))")


# --- issue 17: a reprint look-up whose cost does not grow with the database (newscrawl/store/reprints.py) ---

@migrations()
def m026_simhash_keys(db: Any) -> None:
    """simhash_keys: the band index with integer keys (band << 32 | bits) and the simhash as a signed 64-bit
    integer, instead of ``simhash_bands``' text values and hex simhashes; backfilled from the stored simhashes.
    Same candidates within 7 bits, same reprint_of."""
    create_index(db)
