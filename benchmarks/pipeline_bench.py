"""Pipeline cost per article, stage by stage, on the real prototype posts (../shared/corpus/finews/posts).

    python benchmarks/pipeline_bench.py [--posts DIR] [--repeat 20]
    python benchmarks/pipeline_bench.py --synthetic 2000 --repeat 1     # newscrawl.replica.synth articles
    python benchmarks/pipeline_bench.py --against /tmp/me/nc-10k.db /tmp/me/nc-100k.db [--new 2000] [--reprints]
    python benchmarks/pipeline_bench.py --against … --mmap-mib 0 1024     # A/B of PRAGMA mmap_size per database

``--against DB …``: the cost of an article as the database grows.  Each database (built by
benchmarks/build_db.py) is copied to a temporary file (``--in-place``: written as it is), and ``--new``
new synthetic articles (seed 99, published after the built ones, with their raw payloads as a crawl
passes them) go through every stage into it, in a fresh process per database: per-stage CPU ms per
article, the stages' total, its ratio to the first database's, and the process's peak RSS.  The reprint
look-up is left out unless ``--reprints`` (then timed as its own stage, and its work per article printed:
index rows read, stored articles within 7 bits, candidate texts read).  Target (issue 17): ≤ 2 ms at
10k stored articles, and within 1.2× of that at 100k and 1M.

Runs every ITEM_PIPELINES stage (validate, clean, dates, bylines, fingerprint, reprints, store into a fresh
SQLite file) on each post's article, ``--repeat`` times (re-stores count as unchanged after the first
round), and prints the median microseconds per article of each stage and of the whole chain.
Target (issue 8): at most 1 ms per article.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def load_articles(folder: Path) -> list:
    from newscrawl.pages.finews import to_article
    from newscrawl.replica.archive import load_archive

    out = []
    for e in load_archive(folder):
        fields = {"html": e.post.body_html, "title": e.post.title, "published": e.showtime or None,
                  "media": e.post.media, "source": None, "url": e.post.share_url}
        out.append(to_article(e.code, fields, spider="bench"))
    return out


def new_articles(n: int, seed: int = 99, start: str = "2024-06-30 12:00:00") -> list:
    """``n`` synthetic articles as a crawl of the text API hands them to the pipelines (raw payload kept)."""
    from newscrawl.pages.finews import RAW_KIND, to_article
    from newscrawl.replica.synth import generate_articles

    out = []
    for a in generate_articles(n, seed=seed, start=start):
        fields = {"html": a.body_html, "title": a.title, "published": a.published, "media": a.media,
                  "source": None, "url": a.share_url}
        body = json.dumps({"data": {"infoCode": a.info_code, "title": a.title, "showDateTime": a.published,
                                    "mediaName": a.media, "content": a.body_html}}, ensure_ascii=False).encode()
        raw = {"url": a.share_url, "kind": RAW_KIND, "body": body, "encoding": "utf-8", "meta": {"status": 200}}
        out.append(to_article(a.info_code, fields, spider="bench", raw_page=raw))
    return out


def measure_against(db_path: Path, n_new: int, reprints: bool, mmap_mib: int = 0) -> dict:
    """Run ``n_new`` new articles through the stages into ``db_path``; CPU ms per article of each stage,
    and with ``reprints`` the look-up's work per article (``newscrawl.store.reprints.COUNTS``)."""
    import sqlite3

    from newscrawl.store import db as store_db
    from newscrawl.store.reprints import COUNTS
    from pipelines.chain import PipelineChain

    store_db.MMAP_SIZE_BYTES = mmap_mib * 1024 * 1024
    COUNTS.__init__()
    stored = sqlite3.connect(db_path).execute("SELECT count(*) FROM articles").fetchone()[0]
    articles = new_articles(n_new)
    overrides = {"NEWSCRAWL_DB": str(db_path), "NEWSCRAWL_REPRINTS_ENABLED": reprints}
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with PipelineChain(overrides, "bench") as chain:
        stages = [(type(c).__name__, c) for c in chain.components]
        cpu = {name: 0.0 for name, _ in stages}
        wall_started, cpu_started = time.perf_counter(), time.process_time()
        for item in articles:
            for name, component in stages:
                t = time.process_time()
                item = component.process_item(item)
                cpu[name] += time.process_time() - t
        t = time.process_time()
        store = next(c for name, c in stages if name == "SQLitePipeline")
        store.close_spider()            # the last batch's commit, counted with the store
        cpu["SQLitePipeline"] += time.process_time() - t
        total_cpu, wall = time.process_time() - cpu_started, time.perf_counter() - wall_started
    per_stage = {name: round(v / n_new * 1e3, 4) for name, v in cpu.items()}
    looked = max(COUNTS.lookups, 1)
    return {"stored": stored, "new": n_new, "mmap_mib": mmap_mib, "ms_per_article": per_stage,
            "stages_ms": round(sum(v for k, v in per_stage.items() if k != "ReprintPipeline"), 4),
            "all_ms": round(sum(per_stage.values()), 4),
            "lookups": COUNTS.lookups, "index_rows_per_lookup": round(COUNTS.rows / looked, 1),
            "near_per_lookup": round(COUNTS.near / looked, 2), "texts_per_lookup": round(COUNTS.texts / looked, 3),
            "cpu_ms_per_article": round(total_cpu / n_new * 1e3, 4), "wall_ms_per_article": round(wall / n_new * 1e3, 4),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "rss_before_mb": round(rss_before / 1024, 1), "load_avg": [round(x, 2) for x in os.getloadavg()]}


def run_against(paths: list[Path], n_new: int, reprints: bool, in_place: bool, tmp_dir: str | None,
                mmaps: list[int] | None = None) -> None:
    """One fresh process per database and ``--mmap-mib`` value (``--one``), then the table and the ratios
    to the first database (with the same mmap value)."""
    results = []
    for path in paths:
        for mmap_mib in mmaps or [0]:
            with tempfile.TemporaryDirectory(dir=tmp_dir, prefix="nc-pipebench-") as tmp:
                target = path
                if not in_place:
                    target = Path(tmp) / "copy.db"
                    shutil.copyfile(path, target)
                    for suffix in ("-wal", "-shm"):
                        if Path(f"{path}{suffix}").exists():
                            shutil.copyfile(f"{path}{suffix}", f"{target}{suffix}")
                cmd = [sys.executable, __file__, "--one", str(target), "--new", str(n_new),
                       "--mmap-mib", str(mmap_mib)] + (["--reprints"] if reprints else [])
                out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
                results.append({"db": str(path), **json.loads(out.strip().splitlines()[-1])})
    base = {r["mmap_mib"]: r for r in reversed(results)}       # the first database's run of each mmap value
    names = list(results[0]["ms_per_article"])
    print(f"{n_new} new synthetic articles (seed 99) through every stage{'' if reprints else ' but the reprint look-up'};"
          " CPU ms per article")
    print(f"{'stored':>10} {'mmap':>5} " + " ".join(f"{n.replace('Pipeline', ''):>11}" for n in names)
          + f" {'stages':>8} {'ratio':>6}" + (f" {'all':>8} {'ratio':>6}" if reprints else "")
          + f" {'process':>8} {'wall':>7} {'peak RSS':>9}  load")
    for r in results:
        b = base[r["mmap_mib"]]
        print(f"{r['stored']:>10,} {r['mmap_mib']:>5} " + " ".join(f"{r['ms_per_article'][n]:>11.3f}" for n in names)
              + f" {r['stages_ms']:>8.3f} {r['stages_ms'] / b['stages_ms']:>6.2f}"
              + (f" {r['all_ms']:>8.3f} {r['all_ms'] / b['all_ms']:>6.2f}" if reprints else "")
              + f" {r['cpu_ms_per_article']:>8.3f} {r['wall_ms_per_article']:>7.3f} {r['peak_rss_mb']:>6.0f} MB  {r['load_avg']}")
    print("target: stages ≤ 2 ms at 10k, ratio ≤ 1.2 at 100k and 1M (stages: every stage but the reprint look-up;"
          " all: with it)")
    if reprints:
        print("reprint look-up, per new article: index rows read (simhash_keys), stored articles within 7 bits"
              " (one shingle_sigs row looked up each), candidate texts read")
        for r in results:
            print(f"{r['stored']:>10,} {r['mmap_mib']:>5} {r['index_rows_per_lookup']:>10.1f} rows"
                  f" {r['near_per_lookup']:>8.2f} near {r['texts_per_lookup']:>8.3f} texts  ({r['lookups']} look-ups)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--against", type=Path, nargs="+", metavar="DB",
                    help="databases built by benchmarks/build_db.py: the cost of a new article in each")
    ap.add_argument("--new", type=int, default=2000, help="new articles per database (--against)")
    ap.add_argument("--reprints", action="store_true", help="with the reprint look-up (--against)")
    ap.add_argument("--in-place", action="store_true", help="write into the databases, not copies (--against)")
    ap.add_argument("--tmp", help="folder for the copies (--against; default: the system's temporary folder)")
    ap.add_argument("--mmap-mib", type=int, nargs="+", default=[0], metavar="MIB",
                    help="PRAGMA mmap_size of the store's connection, MiB (--against; several: an A/B per database)")
    ap.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--posts", type=Path, default=ROOT.parent / "shared" / "corpus" / "finews" / "posts")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--synthetic", type=int, default=0, metavar="N",
                    help="N synthetic local-news posts (seed 1, as benchmarks/crawl_bench.py) instead of --posts")
    args = ap.parse_args()
    if args.one:
        print(json.dumps(measure_against(args.one, args.new, args.reprints, args.mmap_mib[0])))
        return
    if args.against:
        run_against(args.against, args.new, args.reprints, args.in_place, args.tmp, args.mmap_mib)
        return
    from pipelines.chain import PipelineChain

    if args.synthetic:
        from newscrawl.replica.synth import write_archive

        synth_dir = tempfile.TemporaryDirectory(prefix="nc-synth-")    # removed when the script exits
        write_archive(synth_dir.name, args.synthetic, seed=1)
        args.posts = Path(synth_dir.name)
    articles = load_articles(args.posts)
    if not articles:
        raise SystemExit(f"no posts with an infoCode in {args.posts}")
    with tempfile.TemporaryDirectory() as tmp, PipelineChain({"NEWSCRAWL_DB": f"{tmp}/bench.db"}, "bench") as chain:
        stages = [(type(c).__name__, c) for c in chain.components]
        per_stage: dict[str, list[float]] = {name: [] for name, _ in stages}
        totals: list[float] = []
        for _ in range(args.repeat):
            for original in articles:
                item = replace(original)
                total = 0.0
                for name, component in stages:
                    t = time.perf_counter()
                    item = component.process_item(item)
                    dt = time.perf_counter() - t
                    per_stage[name].append(dt)
                    total += dt
                totals.append(total)
    chars = statistics.median(len(a.raw_html or "") for a in articles)
    kind = "synthetic" if args.synthetic else "real"
    print(f"{len(articles)} {kind} articles (median {chars:.0f} HTML chars) x {args.repeat} rounds")
    for name, values in per_stage.items():
        print(f"  {name:<22} {statistics.median(values) * 1e6:8.0f} µs median  {statistics.mean(values) * 1e6:8.0f} µs mean")
    med = statistics.median(totals) * 1e6
    print(f"  {'whole chain':<22} {med:8.0f} µs median  {statistics.mean(totals) * 1e6:8.0f} µs mean"
          f"  (target 1000 µs: {'met' if med <= 1000 else 'NOT met'})")


if __name__ == "__main__":
    main()
