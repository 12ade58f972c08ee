"""SQLite access shared by the store pipeline, the run recorder and the CLI (sqlite-utils)."""
from __future__ import annotations

import json
import sqlite3
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator

from sqlite_utils import Database
from tenacity import retry, retry_if_exception, stop_after_attempt, wait_exponential

from newscrawl.items import LIST_FIELDS, STORED_FIELDS
from pipelines import migrations
from pipelines.dates import SHANGHAI


def now_iso() -> str:
    """The current time in Asia/Shanghai, ISO 8601 with offset, to the second."""
    return datetime.now(SHANGHAI).replace(microsecond=0).isoformat()


def new_run_id() -> str:
    """A sortable, unique run id such as 20211231T113835-1a2b3c."""
    return datetime.now(SHANGHAI).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]


def _locked(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


#: Retry a write that hit ``database is locked`` (another process writing).
retry_locked = retry(retry=retry_if_exception(_locked), stop=stop_after_attempt(8),
                     wait=wait_exponential(multiplier=0.05, max=2), reraise=True)


def open_db(path: str | Path, create: bool = True) -> Database:
    """Open (and by default create and migrate) the database at ``path``."""
    path = Path(path)
    if not create and not path.exists():
        raise FileNotFoundError(f"no database at {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
    db = Database(conn)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    retry_locked(migrations.apply)(db)
    return db


def to_row(record: dict[str, Any]) -> dict[str, Any]:
    """A stored record: list fields as JSON text (Chinese kept as is)."""
    row = {}
    for key in STORED_FIELDS:
        value = record.get(key)
        if key in LIST_FIELDS:
            value = json.dumps(value or [], ensure_ascii=False)
        row[key] = value
    return row


def from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A record read back: JSON list fields decoded."""
    out = dict(row)
    for key in LIST_FIELDS:
        if key in out and isinstance(out[key], str):
            try:
                out[key] = json.loads(out[key])
            except json.JSONDecodeError:
                pass
    return out


@retry_locked
def upsert_article(db: Database, record: dict[str, Any]) -> str:
    """Insert or update one article by id; returns 'new', 'updated' or 'unchanged'.

    An unchanged body (same content_hash, title and date) leaves the row as it was; a changed one
    updates it and bumps updated_at; first_seen_at is kept from the first time.
    """
    row = to_row(record)
    stamp = now_iso()
    with db.atomic():
        old = next(db.query("SELECT content_hash, title, published_at, first_seen_at FROM articles WHERE id = ?",
                            [row["id"]]), None)
        if old and (old["content_hash"], old["title"], old["published_at"]) == (
                row["content_hash"], row["title"], row["published_at"]):
            return "unchanged"
        row["first_seen_at"] = old["first_seen_at"] if old else stamp
        row["updated_at"] = stamp
        db["articles"].upsert(row, pk="id")
        db.execute("DELETE FROM failures WHERE article_id = ? OR url IN (?, ?)",
                   [row["id"], row["url"] or "", row["share_url"] or ""])
    return "updated" if old else "new"


def has_article(db: Database, article_id: str) -> bool:
    return next(db.query("SELECT 1 AS x FROM articles WHERE id = ?", [article_id]), None) is not None


@retry_locked
def record_failure(db: Database, *, url: str | None, stage: str, reason: str, detail: str = "",
                   article_id: str | None = None, spider: str | None = None, run_id: str | None = None) -> None:
    """Append one row to ``failures``."""
    with db.atomic():
        db["failures"].insert({
            "url": url, "stage": stage, "reason": reason, "detail": (detail or "")[:2000],
            "article_id": article_id, "spider": spider, "run_id": run_id, "failed_at": now_iso(),
        })


@retry_locked
def start_run(db: Database, run_id: str, spider: str, args: dict[str, Any]) -> None:
    with db.atomic():
        db["crawl_runs"].insert({"id": run_id, "spider": spider, "args": json.dumps(args, ensure_ascii=False),
                                 "started_at": now_iso(), "status": "running"})


@retry_locked
def finish_run(db: Database, run_id: str, **fields: Any) -> None:
    with db.atomic():
        db["crawl_runs"].update(run_id, {"finished_at": now_iso(), **fields})


def iter_articles(db: Database, since: str | None = None, until: str | None = None,
                  media: str | None = None) -> Iterator[dict[str, Any]]:
    """Stored articles, oldest first, optionally filtered by published_at range and media."""
    where, params = [], []
    if since:
        where.append("published_at >= ?")
        params.append(since)
    if until:
        where.append("published_at < ?")
        params.append(until)
    if media:
        where.append("media = ?")
        params.append(media)
    sql = "SELECT * FROM articles" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY published_at IS NULL, published_at, id"
    for row in db.query(sql, params):
        yield from_row(row)
