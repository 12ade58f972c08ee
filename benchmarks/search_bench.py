"""Time Chinese full-text search (newscrawl.store.search) over a database of synthetic articles.

    python benchmarks/search_bench.py [--articles 100000] [--repeat 21] [--limit 20] [--db FILE] [--json]

Builds a fresh database with ``--articles`` synthetic articles (text from
``newscrawl.replica.synth.generate_articles``, rows inserted directly, so the index is filled by the same
triggers as a crawl), then runs each query ``--repeat`` times and prints the median and p90 wall time
and p95 wall time in milliseconds, the median CPU time (robust when other processes share the machine), how
many articles match and how long finding them takes without ranking them.  ``--db`` also takes a database
built by benchmarks/build_db.py (1M articles: ``--db /tmp/me/nc-1m.db --articles 1000000 --repeat 100``).  Target (docs/benchmarks.md, ``## search``): a
2-character query over 100,000 articles answers in under 50 ms.  ``--db FILE`` keeps the database
(reused when it already holds enough articles).

``--sample N``: also N different words of 1 and of 2 Chinese characters, each drawn from the text of a
random stored article (seed 0, so common words come up as often as in the texts), each searched once:
median, p95 and max ms per length, and the median matches.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl.replica.synth import generate_articles
from newscrawl.store.db import open_db
from newscrawl.store.search import count_matches, optimize_index, search

#: (label, query): 1, 2 and 4 characters, common and rarer words, a Latin word.
QUERIES = [
    ("2 chars, common", "海门"),
    ("2 chars, rarer", "白鹭"),
    ("1 char", "党"),
    ("1 char, rarer", "鹭"),
    ("4 chars", "乡村振兴"),
    ("4 chars, rarer", "垃圾分类"),
    ("2 terms", "海门 医疗"),
]
COLUMNS = ("id", "url", "title", "media", "media_slug", "category", "published_at", "content_text",
           "char_count", "content_hash", "spider", "first_seen_at", "updated_at")


def build(path: Path, n: int, seed: int = 0) -> tuple[int, float]:
    """Insert ``n`` synthetic articles into a database at ``path``; returns (rows, seconds)."""
    started = time.perf_counter()
    db = open_db(path)
    have = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    if have >= n:
        db.close()
        return have, 0.0
    sql = f"INSERT OR REPLACE INTO articles ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})"
    batch: list[tuple] = []
    stamp = "2022-01-01T00:00:00+08:00"
    for a in generate_articles(n, seed=seed):
        text = a.text
        batch.append((a.info_code, a.share_url, a.title, a.media, a.media_slug, a.media_slug,
                      a.published.replace(" ", "T") + "+08:00", text, len("".join(text.split())),
                      hashlib.sha1("".join(text.split()).encode()).hexdigest(), "bench", stamp, stamp))
        if len(batch) >= 2000:
            with db.conn:
                db.conn.executemany(sql, batch)
            batch.clear()
    if batch:
        with db.conn:
            db.conn.executemany(sql, batch)
    rows = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    optimize_index(db)
    db.execute("PRAGMA optimize")
    db.close()
    return rows, time.perf_counter() - started


def time_query(db, query: str, repeat: int, limit: int) -> dict:
    """Median / p90 / p95 milliseconds of ``search(db, query, limit=limit)`` over ``repeat`` runs, the median
    CPU time, and the median time of finding the matches alone (``count_matches``: no ranking)."""
    search(db, query, limit=limit)  # warm the page cache
    times, cpu, counting = [], [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        search(db, query, limit=limit)
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    for _ in range(min(repeat, 5)):
        t0 = time.perf_counter()
        matches = count_matches(db, query)
        counting.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 2),
            "p90_ms": round(times[min(len(times) - 1, int(len(times) * 0.9))], 2),
            "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))], 2),
            "cpu_median_ms": round(statistics.median(cpu), 2),
            "count_ms": round(statistics.median(counting), 2), "matches": matches}


_CJK = re.compile(r"[\u4e00-\u9fff]{2,}")


def sample_words(db, n: int, seed: int = 0) -> dict[int, list[str]]:
    """``n`` distinct words of 1 and of 2 CJK characters, each from a random stored article's text."""
    rng = random.Random(seed)
    top = db.execute("SELECT max(rowid) FROM articles").fetchone()[0] or 0
    words: dict[int, list[str]] = {1: [], 2: []}
    for _ in range(50 * n):
        if min(len(w) for w in words.values()) >= n:
            break
        row = db.execute("SELECT content_text FROM articles WHERE rowid >= ? LIMIT 1", [rng.randint(1, top)]).fetchone()
        runs = _CJK.findall(row[0] if row and row[0] else "")
        if not runs:
            continue
        run = rng.choice(runs)
        i = rng.randrange(len(run) - 1)
        for size in (1, 2):
            if len(words[size]) < n and run[i:i + size] not in words[size]:
                words[size].append(run[i:i + size])
    return words


def time_sample(db, words: list[str], limit: int) -> dict:
    """Each word searched once (its index pages read just before by ``count_matches``): ms percentiles."""
    times, matches = [], []
    for w in words:
        matches.append(count_matches(db, w))
        t0 = time.perf_counter()
        search(db, w, limit=limit)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"words": len(words), "median_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))], 2), "max_ms": round(times[-1], 2),
            "median_matches": int(statistics.median(matches)), "max_matches": max(matches),
            "examples": words[:8]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000, help="synthetic articles in the database")
    ap.add_argument("--repeat", type=int, default=21, help="runs per query (the median is reported)")
    ap.add_argument("--limit", type=int, default=20, help="results per query, as `newscrawl search`")
    ap.add_argument("--db", help="keep the database here (default: a temporary file)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--only", nargs="*", metavar="QUERY", help="time only these of the benchmark's queries"
                    " (none: only --sample)")
    ap.add_argument("--sample", type=int, default=0, metavar="N", help="N sampled words of 1 and of 2 characters")
    args = ap.parse_args(argv)
    if args.articles < 1 or args.repeat < 1:
        ap.error("--articles and --repeat must be at least 1")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.db"
        rows, build_s = build(path, args.articles)
        db = open_db(path)
        chosen = [(label, q) for label, q in QUERIES if args.only is None or q in args.only]
        results = {label: {"query": q, **time_query(db, q, args.repeat, args.limit)} for label, q in chosen}
        sampled = ({f"{size} char": time_sample(db, words, args.limit)
                    for size, words in sample_words(db, args.sample).items()} if args.sample else {})
        size_mb = path.stat().st_size / 1e6
        db.close()
    report = {"articles": rows, "build_seconds": round(build_s, 1), "db_mb": round(size_mb, 1),
              "bytes_per_article": round(size_mb * 1e6 / max(rows, 1)), "repeat": args.repeat, "limit": args.limit,
              "load_avg": [round(x, 2) for x in os.getloadavg()], "queries": results, "sampled": sampled}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"search over {rows:,} articles (db {size_mb:.0f} MB, {report['bytes_per_article']:,} bytes an article, "
          f"built in {build_s:.0f} s); {args.repeat} runs of each query, limit {args.limit}; load {report['load_avg']}")
    print(f"{'query':<18} {'text':<10} {'matches':>8} {'median ms':>10} {'p90 ms':>8} {'p95 ms':>8} {'cpu ms':>8}"
          f" {'count ms':>9}")
    for label, r in results.items():
        print(f"{label:<18} {r['query']:<10} {r['matches']:>8} {r['median_ms']:>10.2f} {r['p90_ms']:>8.2f}"
              f" {r['p95_ms']:>8.2f} {r['cpu_median_ms']:>8.2f} {r['count_ms']:>9.2f}")
    print("count ms: finding the matches alone (count_matches), without ranking them")
    for label, r in sampled.items():
        print(f"{r['words']} sampled words of {label}: median {r['median_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms,"
              f" max {r['max_ms']:.1f} ms; matches median {r['median_matches']:,}, max {r['max_matches']:,}"
              f" (e.g. {' '.join(r['examples'])})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
