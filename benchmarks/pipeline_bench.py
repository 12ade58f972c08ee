"""Pipeline cost per article, stage by stage, on the real prototype posts (../shared/corpus/finews/posts).

    python benchmarks/pipeline_bench.py [--posts DIR] [--repeat 20]
    python benchmarks/pipeline_bench.py --synthetic 2000 --repeat 1     # newscrawl.replica.synth articles

Runs every ITEM_PIPELINES stage (validate, clean, dates, bylines, fingerprint, reprints, store into a fresh
SQLite file) on each post's article, ``--repeat`` times (re-stores count as unchanged after the first
round), and prints the median microseconds per article of each stage and of the whole chain.
Target (issue 8): at most 1 ms per article.
"""
from __future__ import annotations

import argparse
import statistics
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--posts", type=Path, default=ROOT.parent / "shared" / "corpus" / "finews" / "posts")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--synthetic", type=int, default=0, metavar="N",
                    help="N synthetic local-news posts (seed 1, as benchmarks/crawl_bench.py) instead of --posts")
    args = ap.parse_args()
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
