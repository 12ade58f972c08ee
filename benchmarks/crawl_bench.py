"""Crawl throughput, memory and incremental cost: finews_list with every pipeline vs a null spider.

    python benchmarks/crawl_bench.py --articles 2000 10000 100000 --pipeline-process-up-to 10000 --bare-up-to 10000

For each N: writes (once, cached under --cache) N synthetic posts, serves them from the replica in a
subprocess, then runs in fresh subprocesses
  1. a null spider that fetches the same list pages and text-API URLs and keeps nothing,
  2. finews_list with no item pipeline ("bare": the spider's parsing and Scrapy's item handling only; its
     ratio to the null spider bounds what any pipeline code can reach),
  3. finews_list with all pipelines into a new SQLite database (the default settings: on the crawl's thread),
  4. finews_list again over the unchanged replica (incremental: known articles are skipped),
  5. (unless --no-pipeline-process) finews_list with the pipelines in a second process
     (NEWSCRAWL_PIPELINE_PROCESS=True), into another database,
and prints articles/s, the ratio to the null spider, peak RSS of each crawl (sampled every 0.2 s over the
crawl process and its pipeline process together), the replica's own peak RSS, the second crawl's cost
relative to the first, the RSS of the null and finews_list crawl processes after 2k, 10k, 20k, 50k and 100k
articles (the growth with N), and where the CPU goes: ms of CPU per article in the crawl process, the pipeline
process and the replica, for each run, with the ratio those figures allow on the machine's cores (the
"CPU bound" line: a crawl cannot run faster than its busiest process, nor than all its processes' CPU
spread over every core).  Targets (issue 17): finews_list ≥ 0.5 of the null spider in-process, ≥ 0.75 with
the pipeline process; peak RSS ≤ 200 MB in-process and within +10 MB from 10k to 100k.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NULL_SPIDER = "nullspider"


def _null_spider_class() -> type:
    """A spider that requests what finews_list requests (all list pages, every text-API URL) and keeps nothing."""
    import scrapy

    from newscrawl.pages.finews import parse_list_response
    from newscrawl.spiders.finews_list import with_page

    class NullSpider(scrapy.Spider):
        name = NULL_SPIDER
        custom_settings: ClassVar[dict] = {"ITEM_PIPELINES": {}, "EXTENSIONS": {}}

        async def start(self):
            base = self.settings.get("FINEWS_BASE_URL").rstrip("/")
            for path in self.settings.getlist("FINEWS_LIST_APIS"):
                yield scrapy.Request(with_page(base + path, "pageindex", 1), callback=self.parse_list,
                                     meta={"api": base + path, "page": 1})

        def parse_list(self, response):
            entries = parse_list_response(response.body)
            base = self.settings.get("FINEWS_BASE_URL").rstrip("/")
            text = self.settings.get("FINEWS_TEXT_PATH")
            for e in entries:
                yield scrapy.Request(base + text.format(code=e["code"]), callback=self.parse_text)
            if len(entries) >= 100 and response.meta["page"] < self.settings.getint("FINEWS_LIST_MAX_PAGES"):
                page = response.meta["page"] + 1
                yield scrapy.Request(with_page(response.meta["api"], "pageindex", page), callback=self.parse_list,
                                     meta={**response.meta, "page": page}, priority=-1)   # as finews_list

        def parse_text(self, response):
            self.crawler.stats.inc_value("null/articles")

    return NullSpider


#: Articles at which a crawl records its own RSS (the growth from 10k to 100k is a target).
RSS_CHECKPOINTS = (2_000, 10_000, 20_000, 50_000, 100_000)


def _status_mb(pid: int | str, field: str) -> float:
    """A ``/proc/<pid>/status`` memory field (``VmRSS``, ``VmHWM`` …) in MB; nan if unreadable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return float("nan")


def run_crawl(mode: str, base: str, db: str, max_pages: int) -> None:
    """In a child process: run one crawl, print its stats as JSON on the last line (with the crawl process's
    RSS and peak RSS when it had handled each of RSS_CHECKPOINTS articles)."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.settings")
    from scrapy import signals
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    settings.setdict({"FINEWS_BASE_URL": base, "NEWSCRAWL_DB": db, "LOG_LEVEL": "WARNING",
                      "FINEWS_LIST_MAX_PAGES": max_pages}, priority="cmdline")
    if mode == "bare":  # finews_list's own work and Scrapy's item handling, with no pipeline at all
        settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    if mode == "process":  # every pipeline, in a second process (pipelines/offload.py)
        settings.set("NEWSCRAWL_PIPELINE_PROCESS", True, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(_null_spider_class() if mode == "null" else "finews_list")
    rss_at: dict[int, list[float]] = {}
    handled = [0]

    def count(*_: Any, **__: Any) -> None:
        handled[0] += 1
        if handled[0] in RSS_CHECKPOINTS:
            rss_at[handled[0]] = [_status_mb("self", "VmRSS"), _status_mb("self", "VmHWM")]

    # the null spider yields no item: its text responses are counted instead
    crawler.signals.connect(count, signals.response_received if mode == "null" else signals.item_scraped)
    started = time.perf_counter()
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    articles = {"null": stats.get("null/articles"), "bare": stats.get("item_scraped_count")}.get(
        mode, stats.get("newscrawl/items/new", 0))
    print(json.dumps({"seconds": time.perf_counter() - started, "articles": articles or 0,
                      "requests": stats.get("downloader/request_count", 0),
                      "failures": stats.get("newscrawl/failures", 0),
                      "skipped": stats.get("newscrawl/skipped_known", 0),
                      "pipeline_cpu_s": stats.get("newscrawl/pipeline_process/cpu_s"),
                      "pipeline_rss_mb": stats.get("newscrawl/pipeline_process/peak_rss_mb"),
                      "rss_at": rss_at}))


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            kids = [int(k) for k in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except (OSError, ValueError):
            kids = []
        out += kids
        todo += kids
    return out


class TreeRSS(threading.Thread):
    """Samples (every 0.2 s) the RSS of a process plus all its descendants (the pipeline process); keeps the peak."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.done = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in [self.pid, *_descendants(self.pid)]))


def child(mode: str, base: str, db: str, max_pages: int) -> dict[str, Any]:
    proc = subprocess.Popen([sys.executable, __file__, "--_child", mode, base, db, str(max_pages)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    sampler = TreeRSS(proc.pid)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    sampler.done.set()
    out, err = proc.stdout.read(), proc.stderr.read()
    if status != 0:
        raise SystemExit(f"{mode} crawl failed:\n{err[-3000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_rss_mb"] = usage.ru_maxrss / 1024      # Linux: kilobytes; the crawl process only
    result["peak_tree_rss_mb"] = sampler.peak_kb / 1024   # crawl + pipeline process together (sampled)
    result["cpu_s"] = usage.ru_utime + usage.ru_stime
    return result


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds used so far by process ``pid`` (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def timed_child(replica: subprocess.Popen, *args: Any) -> dict[str, Any]:
    """child(), plus the CPU seconds the replica spent serving it; prints a line as soon as it is done (a long
    run stopped early keeps what it measured)."""
    before = cpu_seconds(replica.pid)
    result = child(*args)
    result["replica_cpu_s"] = cpu_seconds(replica.pid) - before
    print(f"    {args[0]}: {result['articles']} articles in {result['seconds']:.1f} s"
          f" ({result['articles'] / max(result['seconds'], 1e-9):.1f}/s), CPU {result['cpu_s']:.1f} s,"
          f" replica CPU {result['replica_cpu_s']:.1f} s, peak RSS {result['peak_tree_rss_mb']:.0f} MB,"
          f" replica peak RSS {peak_rss_mb(replica.pid):.0f} MB, load {os.getloadavg()[0]:.2f}", flush=True)
    return result


def ensure_archive(cache: Path, n: int) -> Path:
    from newscrawl.replica.synth import write_archive

    folder = cache / f"posts-{n}"
    done = folder / ".complete"
    if not done.exists():
        t = time.perf_counter()
        write_archive(folder, n, seed=1)
        done.write_text(str(n))
        print(f"  wrote {n} posts in {time.perf_counter() - t:.1f} s", flush=True)
    return folder


def peak_rss_mb(pid: int) -> float:
    """The peak RSS (VmHWM) of process ``pid`` so far, in MB (Linux /proc)."""
    return _status_mb(pid, "VmHWM")


def start_replica(folder: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "newscrawl", "replica", "serve", str(folder), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    base = proc.stdout.readline().strip()
    if not base.startswith("http://127.0.0.1:"):
        proc.kill()
        raise SystemExit(f"replica did not start: {base!r}")
    return proc, base


def bench(n: int, cache: Path, pipeline_process: bool = True, bare: bool = True) -> dict[str, Any]:
    folder = ensure_archive(cache, n)
    t = time.perf_counter()
    replica, base = start_replica(folder)
    replica_start_mb = peak_rss_mb(replica.pid)
    print(f"  replica up in {time.perf_counter() - t:.1f} s at {base}, peak RSS {replica_start_mb:.0f} MB", flush=True)
    pages = n // 100 + 2
    try:
        with tempfile.TemporaryDirectory() as tmp:
            db = str(Path(tmp) / "news.db")
            load = [os.getloadavg()[0]]
            null = timed_child(replica, "null", base, str(Path(tmp) / "null.db"), pages)
            load.append(os.getloadavg()[0])
            bare_run = timed_child(replica, "bare", base, str(Path(tmp) / "bare.db"), pages) if bare else None
            load.append(os.getloadavg()[0])
            first = timed_child(replica, "full", base, db, pages)
            load.append(os.getloadavg()[0])
            second = timed_child(replica, "full", base, db, pages)
            process = None
            if pipeline_process:
                load.append(os.getloadavg()[0])
                process = timed_child(replica, "process", base, str(Path(tmp) / "process.db"), pages)
            replica_rss = peak_rss_mb(replica.pid)
    finally:
        replica.terminate()
        replica.wait()
    return {"n": n, "null": null, "bare": bare_run, "first": first, "second": second, "process": process,
            "load": load, "replica_rss_mb": replica_rss, "replica_start_mb": replica_start_mb}


def report(r: dict[str, Any]) -> None:
    null, first, second = r["null"], r["first"], r["second"]
    null_rate = null["articles"] / null["seconds"]
    rate = first["articles"] / first["seconds"]
    print(f"N={r['n']:>7}: finews_list {rate:7.1f} articles/s ({first['articles']} stored, {first['failures']} failed,"
          f" {first['seconds']:.1f} s) | null spider {null_rate:7.1f}/s | ratio {rate / null_rate:.2f}"
          f" | peak RSS {first['peak_tree_rss_mb']:.0f} MB (null {null['peak_rss_mb']:.0f} MB)"
          f" | 2nd crawl {second['seconds']:.2f} s, {second['requests']} requests,"
          f" {second['seconds'] / first['seconds'] * 100:.1f}% of the first"
          f" | CPU s crawler/replica: null {null['cpu_s']:.1f}/{null['replica_cpu_s']:.1f},"
          f" finews_list {first['cpu_s']:.1f}/{first['replica_cpu_s']:.1f}"
          f" | load average before null / bare / full / 2nd: {' / '.join(f'{x:.2f}' for x in r['load'])}",
          flush=True)
    bare = r["bare"]
    if bare:
        bare_rate = bare["articles"] / bare["seconds"]
        print(f"N={r['n']:>7} bare: finews_list without item pipelines {bare_rate:7.1f} items/s"
              f" ({bare['articles']} items) | ratio to the null spider {bare_rate / null_rate:.2f}"
              f" (the most any pipeline code can reach) | CPU s {bare['cpu_s']:.1f}"
              f" | peak RSS {bare['peak_rss_mb']:.0f} MB", flush=True)
    proc = r.get("process")
    if proc:
        rate_p = proc["articles"] / proc["seconds"]
        print(f"N={r['n']:>7} pipeline process: finews_list with NEWSCRAWL_PIPELINE_PROCESS=True {rate_p:7.1f} articles/s"
              f" | ratio {rate_p / null_rate:.2f} | CPU s {proc['cpu_s']:.1f} (the pipeline process"
              f" {proc.get('pipeline_cpu_s') or 0:.1f}) | peak RSS {proc['peak_tree_rss_mb']:.0f} MB both processes"
              f" (the pipeline process {proc.get('pipeline_rss_mb') or 0:.0f} MB)", flush=True)
    print(f"N={r['n']:>7} replica: peak RSS {r['replica_rss_mb']:.0f} MB (VmHWM, serving every run above;"
          f" {r['replica_start_mb']:.0f} MB once it had read the archive)", flush=True)
    for name, run in (("null", null), ("in-process", first), ("pipeline process (crawl process)", proc)):
        if run and run.get("rss_at"):
            marks = " | ".join(f"{int(k) // 1000}k: {v[0]:.1f} (peak {v[1]:.1f})" for k, v in sorted(
                run["rss_at"].items(), key=lambda kv: int(kv[0])))
            print(f"N={r['n']:>7} RSS MB of the {name} crawl after k articles: {marks}", flush=True)
    cpu_split(r, os.cpu_count() or 1)


def cpu_split(r: dict[str, Any], cores: int) -> None:
    """CPU ms per article of each process in each run, and the ratio to the null spider that CPU allows."""
    null = r["null"]
    null_wall = null["seconds"] / null["articles"] * 1000
    parts = []
    for name, run in (("null", null), ("bare", r["bare"]), ("in-process", r["first"]),
                      ("pipeline process", r.get("process"))):
        if not run or not run["articles"]:
            continue
        n = run["articles"]
        pipe = run.get("pipeline_cpu_s") or 0.0
        crawl, stages, replica = (run["cpu_s"] - pipe) / n * 1000, pipe / n * 1000, run["replica_cpu_s"] / n * 1000
        bound = max(crawl, stages, (crawl + stages + replica) / cores)   # ms of wall an article, at best
        wall = run["seconds"] / n * 1000
        parts.append(f"{name}: crawl {crawl:.2f}" + (f" + pipeline process {stages:.2f}" if pipe else "")
                     + f" + replica {replica:.2f} ms CPU, wall {wall:.2f} ms, CPU bound {bound:.2f} ms"
                     + ("" if name == "null" else f" = ratio ≤ {null_wall / bound:.2f}"))
    print(f"N={r['n']:>7} CPU per article (startup included; the null spider's wall {null_wall:.2f} ms): "
          + " | ".join(parts), flush=True)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--_child":
        run_crawl(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[2000])
    ap.add_argument("--cache", type=Path, default=ROOT / "data" / "bench")
    ap.add_argument("--no-pipeline-process", action="store_true",
                    help="skip the extra run with the pipelines in a second process")
    ap.add_argument("--pipeline-process-up-to", type=int, default=None, metavar="N",
                    help="the pipeline process run only for N articles or fewer")
    ap.add_argument("--bare-up-to", type=int, default=None, metavar="N",
                    help="the bare run (no item pipeline) only for N articles or fewer")
    args = ap.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; soft RLIMIT_NOFILE "
          f"{resource.getrlimit(resource.RLIMIT_NOFILE)[0]}")
    for n in args.articles:
        print(f"N={n}:", flush=True)
        process = not args.no_pipeline_process and (args.pipeline_process_up_to is None
                                                     or n <= args.pipeline_process_up_to)
        report(bench(n, args.cache, process, args.bare_up_to is None or n <= args.bare_up_to))


if __name__ == "__main__":
    main()
