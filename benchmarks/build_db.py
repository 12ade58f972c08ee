"""Build a database of N synthetic articles quickly, through the real store and index code (not a crawl).

    python benchmarks/build_db.py --articles 10000 --db /tmp/me/nc-10k.db
    python benchmarks/build_db.py --articles 1000000 --db /tmp/me/nc-1m.db --batch 5000

Articles come from the replica's generator (``newscrawl.replica.synth.generate_articles``, seed 0 unless
``--seed``: realistic Chinese local news, ~750 characters, 5 % reprints).  Each row is the article's
ground truth (title, paragraphs as ``content_text`` and ``<p>`` HTML, bylines, images), fingerprinted by
``newscrawl.text.fingerprint`` (char_count, content_hash, simhash), and written by the store's own insert
path: ``newscrawl.store.db.upsert_article_in_batch`` and ``store_raw_page`` (the raw payload, the
article's API JSON, unless ``--no-raw``), one ``BEGIN IMMEDIATE`` transaction per ``--batch`` articles,
the search index written by ``newscrawl.store.search.flush_index`` before each commit and the reprint
bands by the schema's triggers, as in a crawl.  Not run: cleaning and byline parsing (the ground truth
stands in for them; a crawl's text differs slightly: byline lines and captions stay in it) and the
reprint look-up (``reprint_of`` stays empty).  At the end the index's segments are merged
(``optimize_index``) unless ``--no-optimize``.  The articles are generated and fingerprinted in a
second process (``--one-process``: in this one), so the writer has a core of its own.  The writer's
connection gets a page cache of ``--cache-mib`` (default 1024) and ``synchronous=OFF`` (a crash loses the
build anyway): the rows are the same, the B-tree pages new rows land in stay cached as the file grows.

``--snapshot K …``: when the build reaches K articles, a copy of the database (SQLite's backup API) goes
to ``<db stem>-<K>.db`` beside it, with its index merged: a 10k and a 100k database for the price of the 1M
one (they hold the first K articles of the 1M stream, which differ from a K build's only in the last ~25:
the generator pairs a reprint with an original up to 25 articles ahead only when that one is below N).

Prints the build time, articles per second, the database size and the size per article (total and per
table, when SQLite has ``dbstat``).  An existing database with at least N articles is reused as it is.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from collections.abc import Iterator
from html import escape
from itertools import zip_longest
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.replica.synth import SyntheticArticle, generate_articles
from newscrawl.store.db import open_db, store_raw_page, upsert_article_in_batch
from newscrawl.store.reprints import SIG_BITS, shingles, signature
from newscrawl.store.search import flush_index, optimize_index
from newscrawl.text.fingerprint import content_hash, normalized, simhash
from newscrawl.text.media import default_tags


def article_record(a: SyntheticArticle) -> dict[str, Any]:
    """The stored record of a synthetic article, from its ground truth (what the pipelines would store)."""
    text = a.text
    return {
        "id": a.info_code, "url": a.share_url, "share_url": a.share_url, "title": a.title, "media": a.media,
        "media_slug": a.media_slug, "category": a.media_slug, "tags": default_tags(a.media, a.media_slug),
        "published_at": a.published.replace(" ", "T") + "+08:00",
        "authors": a.authors, "photographers": a.photographers, "editors": a.editors,
        "organisations": a.organisations, "byline_raw": "\n".join(a.byline_raw) or None, "source": a.source,
        "content_html": "".join(f"<p>{escape(p, quote=False)}</p>" for p in a.paragraphs),
        "content_text": text,
        "images": [{"src": s, "caption": c} for s, c in zip_longest(a.images, a.captions[:len(a.images)])],
        "char_count": len(normalized(text)), "content_hash": content_hash(text), "simhash": simhash(text),
        "reprint_of": None, "spider": "build_db", "run_id": None,
    }


def raw_payload(a: SyntheticArticle) -> bytes:
    """The article as the text API serves it (the payload a crawl keeps in raw_pages)."""
    data = {"data": {"infoCode": a.info_code, "title": a.title, "showDateTime": a.published,
                     "mediaName": a.media, "content": a.body_html}}
    return json.dumps(data, ensure_ascii=False).encode()


def shingle_sig(text: str | None) -> bytes:
    """The ``shingle_sigs.sig`` value of a text, as the reprint look-up stores it."""
    return signature(shingles(text)).to_bytes(SIG_BITS // 8, "little")


_CHUNK = 500
Row = tuple[dict[str, Any], bytes | None, bytes | None]


def _row(a: SyntheticArticle, keep_raw: bool, sigs: bool) -> Row:
    record = article_record(a)
    return record, raw_payload(a) if keep_raw else None, shingle_sig(record["content_text"]) if sigs else None


def _produce(n: int, seed: int, keep_raw: bool, sigs: bool, out: Any) -> None:
    """Generate and fingerprint the articles in chunks of (record, raw payload, signature) into ``out``."""
    chunk = []
    for a in generate_articles(n, seed=seed):
        chunk.append(_row(a, keep_raw, sigs))
        if len(chunk) == _CHUNK:
            out.put(chunk)
            chunk = []
    out.put(chunk)
    out.put(None)


def _records(n: int, seed: int, keep_raw: bool, sigs: bool, producer: bool) -> Iterator[Row]:
    """(record, raw payload, signature) of each article: from a producer process (the generator, the
    fingerprints and the signatures run on the other core) or in this one."""
    if not producer:
        for a in generate_articles(n, seed=seed):
            yield _row(a, keep_raw, sigs)
        return
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue(maxsize=8)
    proc = ctx.Process(target=_produce, args=(n, seed, keep_raw, sigs, queue), daemon=True)
    proc.start()
    try:
        while (chunk := queue.get()) is not None:
            yield from chunk
    finally:
        proc.join(timeout=5)
        if proc.is_alive():
            proc.terminate()


_SIG_SQL = "INSERT OR REPLACE INTO shingle_sigs(article_id, sig) VALUES (?, ?)"


def snapshot_path(path: Path, k: int) -> Path:
    """Where ``--snapshot k`` writes its copy: ``nc-1m.db`` → ``nc-1m-10000.db``."""
    return path.with_name(f"{path.stem}-{k}{path.suffix}")


def snapshot(db: Any, target: Path) -> float:
    """Copy the database (committed state) to ``target`` with SQLite's backup API, then merge the copy's
    index segments as the build's end does; returns the seconds taken."""
    import sqlite3

    started = time.perf_counter()
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        p.unlink(missing_ok=True)
    dest = sqlite3.connect(target)
    db.conn.backup(dest)
    dest.close()
    copy = open_db(target)
    optimize_index(copy)
    copy.execute("PRAGMA optimize")
    copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy.close()
    return time.perf_counter() - started


def build(path: Path, n: int, *, seed: int = 0, batch: int = 5000, keep_raw: bool = True, sigs: bool = True,
          optimize: bool = True, progress: bool = True, producer: bool = True, cache_mib: int = 1024,
          snapshots: tuple[int, ...] = ()) -> dict[str, Any]:
    """Write ``n`` synthetic articles into the database at ``path``; returns the figures."""
    db = open_db(path)
    have = db.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    if have >= n:
        db.close()
        return {"articles": have, "seconds": 0.0, "reused": True, **size_figures(path, have)}
    conn = db.conn
    if cache_mib > 0:
        conn.execute(f"PRAGMA cache_size=-{cache_mib * 1024}")
    conn.execute("PRAGMA synchronous=OFF")
    started = time.perf_counter()
    count = 0
    pending = sorted(k for k in set(snapshots) if 0 < k < n)
    snapshot_seconds = 0.0
    sig_rows: list[tuple[str, bytes]] = []

    def commit() -> None:
        if sig_rows:            # after the articles rows: their insert trigger clears a stale signature
            conn.executemany(_SIG_SQL, sig_rows)
            sig_rows.clear()
        flush_index(db)
        conn.execute("COMMIT")

    conn.execute("BEGIN IMMEDIATE")
    for count, (record, raw, sig) in enumerate(_records(n, seed, keep_raw, sigs, producer), 1):
        upsert_article_in_batch(db, record)
        if raw is not None:
            store_raw_page(db, record["id"], record["url"], "text_api", raw, "utf-8", {"status": 200})
        if sig is not None:
            sig_rows.append((record["id"], sig))
        at_snapshot = bool(pending) and count == pending[0]
        if count % batch == 0 or at_snapshot:
            commit()
            if at_snapshot:
                snapshot_seconds += snapshot(db, snapshot_path(path, pending.pop(0)))
            if progress and count % (batch * 20) == 0:
                rate = count / (time.perf_counter() - started)
                print(f"  {count:,} articles, {rate:.0f}/s", file=sys.stderr, flush=True)
            conn.execute("BEGIN IMMEDIATE")
    commit()
    written = time.perf_counter() - started
    if optimize:
        optimize_index(db)
    db.execute("PRAGMA optimize")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    rows = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    db.close()
    seconds = time.perf_counter() - started
    return {"articles": rows, "seconds": round(seconds, 1), "write_seconds": round(written, 1),
            "snapshot_seconds": round(snapshot_seconds, 1), "reused": False, **size_figures(path, rows)}


def size_figures(path: Path, rows: int) -> dict[str, Any]:
    """Database size (file and WAL) and bytes per article, with a per-table split when dbstat exists."""
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    out: dict[str, Any] = {"db_bytes": size, "bytes_per_article": round(size / max(rows, 1))}
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        tables = conn.execute("SELECT coalesce(t.tbl_name, s.name) AS owner, sum(s.pgsize) FROM dbstat s "
                              "LEFT JOIN sqlite_master t ON t.name = s.name GROUP BY owner "
                              "ORDER BY 2 DESC").fetchall()
        out["bytes_per_article_by_table"] = {name: round(b / max(rows, 1)) for name, b in tables}
    except sqlite3.OperationalError:        # SQLite built without dbstat
        pass
    finally:
        conn.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, required=True, help="articles in the database")
    ap.add_argument("--db", type=Path, required=True, help="database file (reused when it holds enough)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch", type=int, default=5000, help="articles per transaction")
    ap.add_argument("--no-raw", action="store_true", help="no raw_pages rows")
    ap.add_argument("--no-sigs", action="store_true", help="no shingle_sigs rows")
    ap.add_argument("--cache-mib", type=int, default=1024, help="the writer's page cache (0: the store's own)")
    ap.add_argument("--snapshot", type=int, nargs="*", default=[], metavar="K",
                    help="copy the database at K articles to <db stem>-K.db (index merged)")
    ap.add_argument("--one-process", action="store_true",
                    help="generate the articles in this process (default: a producer process beside it)")
    ap.add_argument("--no-optimize", action="store_true", help="leave the index's segments as written")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    load = os.getloadavg()
    figures = build(args.db, args.articles, seed=args.seed, batch=max(1, args.batch), keep_raw=not args.no_raw,
                    sigs=not args.no_sigs, optimize=not args.no_optimize, producer=not args.one_process,
                    cache_mib=args.cache_mib, snapshots=tuple(args.snapshot))
    figures["load_avg_before"] = [round(x, 2) for x in load]
    figures["load_avg_after"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return 0
    n = figures["articles"]
    how = "reused" if figures["reused"] else f"built in {figures['seconds']:.1f} s ({n / max(figures['seconds'], 1e-9):.0f} articles/s)"
    print(f"{args.db}: {n:,} articles, {how}")
    if figures.get("snapshot_seconds"):
        print(f"  of which {figures['snapshot_seconds']:.1f} s copying snapshots "
              + ", ".join(str(snapshot_path(args.db, k)) for k in args.snapshot))
    print(f"  size {figures['db_bytes'] / 1e6:.1f} MB, {figures['bytes_per_article']:,} bytes per article")
    for name, b in (figures.get("bytes_per_article_by_table") or {}).items():
        print(f"    {name:<24} {b:>8,} bytes per article")
    print(f"  load average before {figures['load_avg_before']}, after {figures['load_avg_after']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
