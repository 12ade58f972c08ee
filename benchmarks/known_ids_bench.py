"""How fast finews_list decides "already stored, skip" with a large database.

    python benchmarks/known_ids_bench.py --rows 1000000

Fills a fresh database (through newscrawl's schema, triggers included) with N minimal article rows, then
times ``newscrawl.store.db.is_fresh`` — the look-up finews_list makes per list entry before any request — for
stored and for unknown ids, with and without a refresh window.  Prints µs per look-up (median of batches).
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from newscrawl.store.db import is_fresh, open_db
from newscrawl.text.clock import now_iso

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--lookups", type=int, default=20_000)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "big.db")
        t = time.perf_counter()
        stamp = now_iso()
        batch = 50_000
        with db.atomic():
            for start in range(0, args.rows, batch):
                db.conn.executemany(
                    "INSERT INTO articles (id, title, content_text, checked_at, updated_at) VALUES (?, ?, '', ?, ?)",
                    ((f"NW2021{i:014d}", "", stamp, stamp) for i in range(start, min(args.rows, start + batch))))
        print(f"{args.rows} rows written in {time.perf_counter() - t:.1f} s")
        rng = random.Random(0)
        known = [f"NW2021{rng.randrange(args.rows):014d}" for _ in range(args.lookups)]
        unknown = [f"NW2099{rng.randrange(10**14):014d}" for _ in range(args.lookups)]
        for label, ids, window in (("stored", known, None), ("unknown", unknown, None),
                                   ("stored, refresh window", known, 3600.0)):
            runs = []
            for chunk in range(0, len(ids), 1000):
                part = ids[chunk:chunk + 1000]
                t = time.perf_counter()
                hits = sum(is_fresh(db, i, window) for i in part)
                runs.append((time.perf_counter() - t) / len(part))
                assert hits == (len(part) if label.startswith("stored") else 0)
            print(f"  {label:<24} {statistics.median(runs) * 1e6:6.1f} µs per look-up")
        db.close()


if __name__ == "__main__":
    main()
