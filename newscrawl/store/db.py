"""SQLite access shared by the store pipeline, the run recorder and the CLI (sqlite-utils)."""
from __future__ import annotations

import json
import os
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from tenacity import retry, retry_if_exception, stop_after_attempt, wait_exponential

from newscrawl.items import LIST_FIELDS, STORED_FIELDS
from newscrawl.store import migrations
from newscrawl.store.filters import article_filters
from newscrawl.store.search import register_functions
from newscrawl.text.clock import SHANGHAI, now_iso


def locked_error(exc: BaseException) -> bool:
    """``database is locked``: another process holds the write lock (worth retrying, unlike a full disk)."""
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


#: Retry a write that hit ``database is locked`` (another process writing). Each attempt has already waited
#: up to the connection's 30 s busy timeout when it starts with ``BEGIN IMMEDIATE`` (:func:`write_transaction`).
retry_locked = retry(retry=retry_if_exception(locked_error), stop=stop_after_attempt(8),
                     wait=wait_exponential(multiplier=0.05, max=2), reraise=True)


#: Pages of WAL after which a commit checkpoints it into the database (SQLite's default: 1,000).
WAL_AUTOCHECKPOINT_PAGES = 10_000
#: SQLite's page cache per connection, in KiB (SQLite's default: 2,000).
PAGE_CACHE_KIB = 8_192
#: Bytes of the database file SQLite reads through a memory map instead of read() (0: none, SQLite's default).
MMAP_SIZE_BYTES = 0


class DbError(Exception):
    """A database that cannot be used (not SQLite, read-only, damaged …); the message is one line for the user."""


_SQLITE_HEADER = b"SQLite format 3\x00"


def _check_file(path: Path) -> None:
    """Raise DbError when ``path`` is a folder or a file that is not SQLite (an empty file is a new database)."""
    if path.is_dir():
        raise DbError(f"{path} is a folder, not a SQLite database")
    if path.exists():
        try:
            with open(path, "rb") as fh:
                head = fh.read(len(_SQLITE_HEADER))
        except OSError as exc:
            raise DbError(f"cannot read {path}: {exc.strerror or exc}") from None
        if head and head != _SQLITE_HEADER:
            raise DbError(f"{path} is not a SQLite database")


def read_only_reason(path: str | Path) -> str | None:
    """Why SQLite cannot write the database at ``path`` (it, or its folder, is read-only), or None.

    SQLite in WAL mode writes ``-wal`` and ``-shm`` files beside the database, so the folder must be
    writable too.  ``os.access`` also sees read-only mounts and immutable files, even for root.
    """
    path = Path(path)
    folder = path.parent
    while not folder.exists() and folder != folder.parent:     # a folder still to be made: its nearest ancestor
        folder = folder.parent
    if path.exists() and not os.access(path, os.W_OK):
        return f"{path} is read-only"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"the folder {folder} is read-only (SQLite writes {path.name}-wal and -shm beside the database)"
    return None


def _sqlite_message(path: Path, exc: sqlite3.Error) -> str:
    """One line for an SQLite error met while opening ``path``."""
    text = str(exc)
    if "not a database" in text:
        return f"{path} is not a SQLite database"
    if "malformed" in text:
        return f"{path} is damaged ({text})"
    reason = read_only_reason(path)
    if reason and ("readonly" in text or "unable to open" in text):
        return f"cannot write to the database: {reason}"
    return f"cannot open {path}: {text}"


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """``path`` opened read-only: ``mode=ro``, or ``immutable=1`` when not even the WAL index can be made."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if "unable to open" not in str(exc):
            raise
    conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, timeout=30, check_same_thread=False)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def _open_read_only(path: Path) -> Database:
    """The database at ``path``, read-only and not migrated (DbError when its schema is too old to read)."""
    conn = _connect_read_only(path)
    register_functions(conn)
    db = Database(conn)
    if migrations.migrations.pending(db):
        conn.close()
        raise DbError(f"{path} is read-only and older than this newscrawl's schema; "
                      "run a newscrawl command on it once with write access to migrate it")
    return db


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """A write transaction that takes the write lock first (``BEGIN IMMEDIATE``), so it waits for another
    process's writes (busy timeout) instead of failing at once: a deferred transaction that reads and then
    writes gets SQLITE_BUSY without waiting in WAL mode.  Inside an open transaction (the store's batch),
    a savepoint of it."""
    conn = db.conn
    if conn.in_transaction:     # a savepoint of a fixed name (nested ones release the innermost first)
        conn.execute("SAVEPOINT nc_write")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO nc_write")
                conn.execute("RELEASE nc_write")
            raise
        conn.execute("RELEASE nc_write")
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.rollback()
        raise
    try:
        db.conn.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.conn.rollback()
        raise


def open_db(path: str | Path, create: bool = True, read_only_ok: bool = False) -> Database:
    """Open (and by default create and migrate) the database at ``path``.

    ``read_only_ok``: a command that only reads may get a read-only database (opened read-only, not
    migrated) when the file or its folder cannot be written.  Raises FileNotFoundError when ``create`` is
    false and there is no file, and :class:`DbError` (one line) when the database cannot be used.
    """
    path = Path(path)
    if not create and not path.exists():
        raise FileNotFoundError(f"no database at {path}")
    _check_file(path)
    try:
        if read_only_ok and path.exists() and read_only_reason(path):
            return _open_read_only(path)
        reason = read_only_reason(path)
        if reason:
            raise DbError(f"cannot write to the database: {reason}")
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        # nc_search_text for ad-hoc SQL and for migrating databases made before m021 (no trigger calls it since)
        register_functions(conn)
        db = Database(conn)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        # checkpoint every ~40 MB of WAL instead of 4 MB: pages rewritten by consecutive batches (index tails,
        # FTS segments) are copied to the database once, not once per batch (~0.3 ms less an article stored)
        db.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
        # 8 MiB of page cache (default 2 MiB): the inner pages of the indexes that new rows land in at random
        # places (content_hash, the reprint bands) stay cached as the database grows; bounded, so flat RSS
        db.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
        if MMAP_SIZE_BYTES:
            db.execute(f"PRAGMA mmap_size={MMAP_SIZE_BYTES}")
        retry_locked(migrations.apply)(db)
    except sqlite3.DatabaseError as exc:
        raise DbError(_sqlite_message(path, exc)) from None
    except OSError as exc:
        raise DbError(f"cannot open {path}: {exc.strerror or exc}") from None
    return db


#: ``json.dumps(value, ensure_ascii=False)`` without building an encoder for every call (the same text).
_to_json = json.JSONEncoder(ensure_ascii=False).encode


def to_row(record: dict[str, Any]) -> dict[str, Any]:
    """A stored record: list fields as JSON text (Chinese kept as is)."""
    row = {}
    for key in STORED_FIELDS:
        value = record.get(key)
        if key in LIST_FIELDS:
            value = _to_json(value) if value else "[]"
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


_UPSERT_COLUMNS = (*STORED_FIELDS, "checked_at")
# one statement, no per-call schema introspection (sqlite-utils' upsert() costs several ms an article)
_UPSERT_SQL = (f"INSERT INTO articles ({', '.join(_UPSERT_COLUMNS)}) VALUES ({', '.join('?' * len(_UPSERT_COLUMNS))}) "
               f"ON CONFLICT(id) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in _UPSERT_COLUMNS if c != 'id')}")
_VERSIONED = ("title", "published_at", "content_html", "content_text", "content_hash", "authors", "source")


_OLD_COLUMNS = (*_VERSIONED, "first_seen_at", "updated_at")
_OLD_SQL = f"SELECT {', '.join(_OLD_COLUMNS)} FROM articles WHERE id = ?"
_CLEAR_FAILURES_SQL = "DELETE FROM failures WHERE article_id = ? OR url IN (?, ?, ?)"


def upsert_article_in_batch(db: Database, record: dict[str, Any], page_url: str | None = None) -> str:
    """Insert or update one article by id; returns 'new', 'updated' or 'unchanged'.

    For a caller that already holds the write lock (the store's ``BEGIN IMMEDIATE`` batch), so nothing
    to retry; anyone else calls :func:`upsert_article`.

    An unchanged body (same content_hash, title and date) only refreshes checked_at; a changed one
    keeps the previous version in article_versions, updates the row and bumps updated_at;
    first_seen_at is kept from the first time.  Failures of the article are cleared: by its id, url and
    share_url, and by ``page_url``, the page it came from (a site post page fails under its own URL).
    """
    row = to_row(record)
    stamp = now_iso()
    conn = db.conn
    with write_transaction(db):
        found = conn.execute(_OLD_SQL, [row["id"]]).fetchone()
        old = dict(zip(_OLD_COLUMNS, found)) if found else None
        if old and (old["content_hash"], old["title"], old["published_at"]) == (
                row["content_hash"], row["title"], row["published_at"]):
            conn.execute("UPDATE articles SET checked_at = ? WHERE id = ?", [stamp, row["id"]])
            status = "unchanged"
        else:
            if old:
                db["article_versions"].insert({
                    "article_id": row["id"], **{k: old[k] for k in _VERSIONED},
                    "valid_from": old["updated_at"], "replaced_at": stamp, "run_id": row.get("run_id"),
                })
            row["first_seen_at"] = old["first_seen_at"] if old else stamp
            row["updated_at"] = stamp
            row["checked_at"] = stamp
            conn.execute(_UPSERT_SQL, [row[c] for c in _UPSERT_COLUMNS])
            status = "updated" if old else "new"
        conn.execute(_CLEAR_FAILURES_SQL, [row["id"], row["url"] or "", row["share_url"] or "", page_url or ""])
    return status


#: :func:`upsert_article_in_batch`, retried while another process holds the write lock.
upsert_article = retry_locked(upsert_article_in_batch)


_RAW_COLUMNS = ("article_id", "url", "kind", "fetched_at", "encoding", "meta", "body", "size")
_RAW_SQL = (f"INSERT INTO raw_pages ({', '.join(_RAW_COLUMNS)}) VALUES ({', '.join('?' * len(_RAW_COLUMNS))}) "
            f"ON CONFLICT(article_id) DO UPDATE SET "
            f"{', '.join(f'{c} = excluded.{c}' for c in _RAW_COLUMNS if c != 'article_id')}")


def store_raw_page(db: Database, article_id: str, url: str | None, kind: str, body: bytes,
                   encoding: str | None, meta: dict[str, Any]) -> None:
    """Keep the raw payload of an article (zlib-compressed), replacing the previous one."""
    # one statement (sqlite-utils' upsert() introspects the table on every call: ~0.3 ms an article)
    values = [article_id, url, kind, now_iso(), encoding, _to_json(meta),
              zlib.compress(body, 6), len(body)]
    if db.conn.in_transaction:      # the store's batch
        db.conn.execute(_RAW_SQL, values)
    else:
        with write_transaction(db):
            db.conn.execute(_RAW_SQL, values)


def iter_raw_pages(db: Database, since: str | None = None) -> Iterator[dict[str, Any]]:
    """Stored raw payloads (body decompressed, meta decoded), oldest first."""
    sql, params = "SELECT * FROM raw_pages", []
    if since:
        sql, params = sql + " WHERE fetched_at >= ?", [since]
    for row in db.query(sql + " ORDER BY fetched_at, article_id", params):
        row["body"] = zlib.decompress(row["body"])
        row["meta"] = json.loads(row["meta"] or "{}")
        yield row


def is_fresh(db: Database, article_id: str, refresh_after: float | None = None) -> bool:
    """True when the article is stored and (with ``refresh_after`` seconds) was checked within that window."""
    row = db.conn.execute("SELECT checked_at, updated_at FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return False
    if not refresh_after:
        return True
    checked = row[0] or row[1]
    if not checked:
        return False
    age = (datetime.now(SHANGHAI) - datetime.fromisoformat(checked)).total_seconds()
    return age < refresh_after


def crawler_db(crawler: Any) -> Database:
    """The one connection a crawl's components share (so a batched transaction never blocks its own writers)."""
    db = getattr(crawler, "_newscrawl_db", None)
    if db is None:
        db = open_db(crawler.settings.get("NEWSCRAWL_DB"))
        crawler._newscrawl_db = db
    return db


@retry_locked
def record_failure(db: Database, *, url: str | None, stage: str, reason: str, detail: str = "",
                   article_id: str | None = None, spider: str | None = None, run_id: str | None = None,
                   given_url: str | None = None) -> None:
    """Append one row to ``failures`` (``given_url``: the URL the user gave for the article, if any)."""
    with write_transaction(db):
        db["failures"].insert({
            "url": url, "stage": stage, "reason": reason, "detail": (detail or "")[:2000],
            "article_id": article_id, "spider": spider, "run_id": run_id, "failed_at": now_iso(),
            "given_url": given_url,
        })


@retry_locked
def start_run(db: Database, run_id: str, spider: str, args: dict[str, Any]) -> None:
    """Insert the ``crawl_runs`` row of a starting run (status ``running``)."""
    with write_transaction(db):
        db["crawl_runs"].insert({"id": run_id, "spider": spider, "args": json.dumps(args, ensure_ascii=False),
                                 "started_at": now_iso(), "status": "running"})


@retry_locked
def finish_run(db: Database, run_id: str, **fields: Any) -> None:
    """Complete the ``crawl_runs`` row of a finished run."""
    with write_transaction(db):
        db["crawl_runs"].update(run_id, {"finished_at": now_iso(), **fields})


def date_bound(text: str) -> str:
    """A --since/--until value as stored timestamps compare: an ISO date as ``YYYY-MM-DD``, an ISO date-time
    in Asia/Shanghai (a naive one is taken as Shanghai time) as ``YYYY-MM-DDTHH:MM:SS+08:00``.

    Raises ValueError for anything else (``yesterday``, ``2021-13-45``, ``1 OR 1=1``).
    """
    value = (text or "").strip()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        pass
    stamp = datetime.fromisoformat(value)
    stamp = stamp.replace(tzinfo=SHANGHAI) if stamp.tzinfo is None else stamp.astimezone(SHANGHAI)
    return stamp.isoformat()


def has_marks(db: Database, api: str) -> bool:
    """A complete walk of the list API ``api`` has left its mark (``list_marks``)."""
    return db.conn.execute("SELECT 1 FROM list_marks WHERE api = ? LIMIT 1", [api]).fetchone() is not None


def marks_reached(db: Database, api: str, codes: list[str]) -> bool:
    """One of ``codes`` (a list page's entries) is the mark of a complete walk of ``api``."""
    if not codes:
        return False
    found = db.conn.execute(f"SELECT 1 FROM list_marks WHERE api = ? AND code IN ({','.join('?' * len(codes))}) "
                            "LIMIT 1", [api, *codes]).fetchone()
    return found is not None


@retry_locked
def save_list_marks(db: Database, marks: dict[str, list[str]], run_id: str | None) -> None:
    """Keep the head codes of page 1 of each complete walk (``marks``: API → codes) in ``list_marks``."""
    stamp = now_iso()
    with write_transaction(db):
        db.conn.executemany("INSERT OR REPLACE INTO list_marks (api, code, run_id, marked_at) VALUES (?, ?, ?, ?)",
                            [(api, code, run_id, stamp) for api, codes in marks.items() for code in codes])


def iter_articles(db: Database, since: str | None = None, until: str | None = None,
                  media: str | None = None) -> Iterator[dict[str, Any]]:
    """Stored articles, oldest first, optionally filtered by published_at range and media."""
    where, params = article_filters(since, until, media)
    sql = "SELECT * FROM articles" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY published_at IS NULL, published_at, id"
    for row in db.query(sql, params):
        yield from_row(row)
