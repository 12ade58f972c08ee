"""Reprint look-up cost per article against 10k, 100k, 1M stored articles (issue 17).

    python benchmarks/reprint_bench.py                                  # 10,000 and 100,000 stored articles
    python benchmarks/reprint_bench.py --sizes 10000 100000 1000000    # + 1M (~20 min to build, ~3 GB in --dir)
    python benchmarks/reprint_bench.py --random --sizes 10000 100000 1000000   # uniform simhashes (~2 min)
    python benchmarks/reprint_bench.py --against /tmp/me/nc-10k.db /tmp/me/nc-1m.db   # databases of build_db.py

Builds one database by bulk inserts of synthetic articles (``newscrawl.replica.synth``, seed 1, the
templated texts of the crawl benchmarks): plain ``INSERT``s into ``articles`` in batches, so the real
triggers of ``newscrawl.store.reprints`` fill the band index, plus each article's shingle signature in
``shingle_sigs`` (the cache the look-up fills as articles become candidates: the steady state of a long
crawl).  Each time the database reaches one of ``--sizes``, it takes the same ``--new`` articles (seed 2)
through ``detect`` (the look-up) and inserts them (articles row and index rows, by the triggers) inside
one transaction that is rolled back, and prints per article: ms of look-up (CPU time of this process, the
figure compared: the machine is shared; and wall mean and median) and of insert, index rows read,
candidates within 7 bits, candidate texts read, and the band buckets (max and p99 rows per key), with
the ratio of the look-up CPU time to the first size's (target: ≤ 1.2).

``--random``: the stored rows get uniformly random simhashes and a short text of their own instead of
synthetic articles (seconds per 100,000 rows): the index's own cost when stored texts are not built from
shared templates, as in a real archive, where almost no stored article is within 7 bits of a new one.

``--against DB …``: the same measurement on databases built by ``benchmarks/build_db.py`` (seed 0, every row
with its signature), in place (the new articles' transaction is rolled back), instead of building one; the new articles (seed 2) are published after the stored ones.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscrawl.replica.synth import generate_articles
from newscrawl.store import reprints
from newscrawl.store.db import open_db
from newscrawl.text.fingerprint import content_hash, simhash

SEEN = "2026-12-03T00:00:00+08:00"
#: Publication start of the new articles looked up in --against databases (as pipeline_bench.py's).
AFTER_BUILT = "2024-06-30 12:00:00"
COLUMNS = ("id", "title", "media", "published_at", "content_text", "content_hash", "simhash", "char_count",
           "first_seen_at")


def record(article) -> dict:
    """The fingerprint fields of a synthetic article, as the pipelines would store them."""
    text = article.text
    return {"id": article.info_code, "title": article.title, "media": article.media,
            "published_at": article.published.replace(" ", "T") + "+08:00", "content_text": text,
            "content_hash": content_hash(text), "simhash": simhash(text), "char_count": len(text),
            "first_seen_at": SEEN}


def random_records(start: int, n: int, rng: random.Random) -> list[dict]:
    """``n`` rows with uniformly random simhashes (``--random``)."""
    out = []
    for i in range(start, start + n):
        text = f"随机行{i}。"
        out.append({"id": f"r{i:09d}", "title": text, "media": "随机", "published_at": "2021-01-01T00:00:00+08:00",
                    "content_text": text, "content_hash": content_hash(text), "simhash": f"{rng.getrandbits(64):016x}",
                    "char_count": len(text), "first_seen_at": SEEN})
    return out


def insert_rows(db, recs: list[dict], sigs: bool) -> None:
    """Insert articles rows (the triggers write their index rows) and, with ``sigs``, their signatures."""
    db.conn.executemany(f"INSERT INTO articles({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
                        [[r[c] for c in COLUMNS] for r in recs])
    if sigs:
        db.conn.executemany("INSERT OR REPLACE INTO shingle_sigs(article_id, sig) VALUES (?, ?)",
                            [(r["id"], reprints.signature(reprints.shingles(r["content_text"])).to_bytes(
                                reprints.SIG_BITS // 8, "little")) for r in recs])


def bucket_sizes(db) -> tuple[int, int, float]:
    """Largest bucket, p99 and mean rows per key of ``simhash_keys``."""
    sizes = sorted(n for (n,) in db.conn.execute("SELECT count(*) FROM simhash_keys GROUP BY key"))
    return sizes[-1], sizes[int(0.99 * (len(sizes) - 1))], sum(sizes) / len(sizes)


def measure(db, new: list[dict]) -> dict:
    """Look up and insert every new article inside one transaction, rolled back afterwards."""
    counts = reprints.COUNTS
    lookup, insert, cpu = [], [], []
    found = 0
    counts.__init__()
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        for rec in new:
            c0, t0 = time.process_time(), time.perf_counter()
            decision = reprints.detect(db, rec)
            t1, c1 = time.perf_counter(), time.process_time()
            cpu.append(c1 - c0)
            insert_rows(db, [dict(rec, reprint_of=decision.reprint_of)], sigs=False)
            t2 = time.perf_counter()
            lookup.append(t1 - t0)
            insert.append(t2 - t1)
            found += bool(decision.reprint_of or decision.repoint)
    finally:
        db.conn.rollback()
    n = len(new)
    return {"cpu_ms": 1e3 * statistics.fmean(cpu), "lookup_ms": 1e3 * statistics.fmean(lookup), "lookup_median_ms": 1e3 * statistics.median(lookup),
            "insert_ms": 1e3 * statistics.fmean(insert), "rows": counts.rows / n, "near": counts.near / n,
            "texts": counts.texts / n, "reprints": found}


HEADER = (f"{'stored':>9} {'build s':>8} {'CPU ms':>7} {'ratio':>6} {'wall ms':>8} {'median':>7} {'insert ms':>9} "
          f"{'rows':>7} {'near':>6} {'texts':>6} {'found':>6} {'bucket max':>10} {'p99':>5} {'mean':>6} {'load':>5}")


def line(stored: int, built: float, m: dict, first: float, buckets: tuple[int, int, float]) -> str:
    """One row of the table."""
    big, p99, mean = buckets
    return (f"{stored:>9,} {built:>8.0f} {m['cpu_ms']:>7.3f} {m['cpu_ms'] / first:>6.2f} "
            f"{m['lookup_ms']:>8.3f} {m['lookup_median_ms']:>7.3f} {m['insert_ms']:>9.3f} {m['rows']:>7.1f} {m['near']:>6.2f} "
            f"{m['texts']:>6.3f} {m['reprints']:>6} {big:>10} {p99:>5} {mean:>6.2f} {os.getloadavg()[0]:>5.2f}")


def run_against(paths: list[Path], new: list[dict]) -> None:
    """The look-up of ``new`` in each built database, in place (rolled back)."""
    first = None
    for path in paths:
        db = open_db(path)
        try:
            stored = db.conn.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
            buckets = bucket_sizes(db)
            m = measure(db, new)
        finally:
            db.close()
        first = first or m["cpu_ms"]
        print(line(stored, 0.0, m, first, buckets), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--against", type=Path, nargs="+", metavar="DB", help="databases built by build_db.py")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--new", type=int, default=1000, help="articles looked up at each size (seed 2)")
    ap.add_argument("--dir", type=Path, default=None, help="where the database goes (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the database")
    ap.add_argument("--random", action="store_true", help="stored rows with uniformly random simhashes")
    args = ap.parse_args()
    if args.against:
        print(f"stored rows: build_db.py databases (seed 0); layout: bands {reprints.BAND_WIDTHS} bits, flips "
              f"{reprints.BAND_FLIPS}, {len(reprints.probe_keys('0' * 16))} probes; load average {os.getloadavg()[0]:.2f}")
        print(HEADER)
        # published after the stored ones (their ids would collide with the stored seed-0 stream's)
        run_against(args.against, [record(a) for a in generate_articles(args.new, seed=2, start=AFTER_BUILT)])
        return
    sizes = sorted(args.sizes)
    folder = Path(tempfile.mkdtemp(prefix="reprint-bench-", dir=args.dir))
    db = open_db(folder / "bench.db")
    print(f"stored rows: {'random simhashes' if args.random else 'synthetic articles, seed 1'}; "
          f"layout: bands {reprints.BAND_WIDTHS} bits, flips {reprints.BAND_FLIPS}, "
          f"{len(reprints.probe_keys('0' * 16))} probes; load average {os.getloadavg()[0]:.2f}")
    new = [record(a) for a in generate_articles(args.new, seed=2)]
    print(HEADER)
    first = None
    stream = generate_articles(sizes[-1], seed=1)
    rng = random.Random(1)
    stored, batch, t_build = 0, [], time.perf_counter()
    try:
        for size in sizes:
            while stored < size:
                count = min(5000, size - stored)
                batch = (random_records(stored, count, rng) if args.random
                         else [record(next(stream)) for _ in range(count)])
                with db.conn:
                    insert_rows(db, batch, sigs=not args.random)
                stored += len(batch)
            built = time.perf_counter() - t_build
            buckets = bucket_sizes(db)
            m = measure(db, new)
            first = first or m["cpu_ms"]
            print(line(stored, built, m, first, buckets), flush=True)
    finally:
        db.close()
        if args.keep:
            print(f"database kept: {folder / 'bench.db'}")
        else:
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
