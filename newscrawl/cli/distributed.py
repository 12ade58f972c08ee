"""Distributed crawling commands: ``worker``, ``ingest``, ``seed``, ``redis-status`` (docs/distributed.md)."""
from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

import click

from newscrawl.cli.lock import EXIT_LOCKED
from newscrawl.cli.options import check_settings, db_option, open_existing, pairs, project_settings
from newscrawl.cli.runner import run_spiders
from newscrawl.pages.finews import read_targets

redis_option = click.option("--redis", "redis_url", metavar="URL",
                            default=lambda: os.environ.get("NEWSCRAWL_REDIS_URL", ""),
                            help="Redis URL (env NEWSCRAWL_REDIS_URL; default: the NEWSCRAWL_REDIS_URL setting).")
prefix_option = click.option("--prefix", default="", help="Redis key prefix (default: NEWSCRAWL_REDIS_PREFIX).")


def _frontier(redis_url: str, prefix: str, settings: Any) -> Any:
    """The Frontier the options name; a one-line error when Redis cannot be reached."""
    from newscrawl.distributed.frontier import (  # deferred: redis / scrapy-redis, only for this command
        Frontier,
        RedisUnavailable,
        connect,
    )

    url = redis_url or settings.get("NEWSCRAWL_REDIS_URL")
    try:
        server = connect(url)
    except RedisUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    return Frontier(server, prefix or settings.get("NEWSCRAWL_REDIS_PREFIX"))


@click.command()
@redis_option
@prefix_option
@click.option("-s", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting (repeatable).")
@click.option("-a", "args", multiple=True, metavar="NAME=VALUE", help="Spider argument, e.g. refresh=1.")
@click.option("--worker-id", default="", help="Id in leases and stats (default: host:pid).")
@click.option("--idle-exit", type=click.FloatRange(min=0), default=None,
              help="Exit once the whole frontier has been empty this many seconds (default: "
                   "NEWSCRAWL_REDIS_IDLE_CLOSE; 0: run until stopped).")
@click.option("--log-file", type=click.Path(dir_okay=False), help="Scrapy's log goes here instead of stderr.")
def worker(redis_url: str, prefix: str, settings: tuple[str, ...], args: tuple[str, ...], worker_id: str,
           idle_exit: float | None, log_file: str | None) -> None:
    """Crawl from the shared Redis frontier: normalise on this host, push items to Redis for `ingest`.

    Point FINEWS_BASE_URL (-s) at the endpoints; run as many as you like, on any host. Settings of ours
    are checked first, as `newscrawl crawl` checks them (a bad value or unknown name: exit 2, one line)."""
    from newscrawl.distributed.spiders import (
        DistributedFinews,  # deferred: redis / scrapy-redis, only for this command
    )

    extra = pairs(settings, "-s")
    check_settings(extra)                               # as `newscrawl crawl`: before Redis is even asked
    project = project_settings(extra)
    frontier = _frontier(redis_url, prefix, project)    # fail fast, in one line
    extra.update({"NEWSCRAWL_REDIS_URL": redis_url or project.get("NEWSCRAWL_REDIS_URL"),
                  "NEWSCRAWL_REDIS_PREFIX": frontier.prefix})
    if worker_id:
        if frontier.server.exists(frontier.alive_key(worker_id)):
            raise click.ClickException(f"worker id {worker_id!r} is in use by a live worker")
        extra["NEWSCRAWL_REDIS_WORKER_ID"] = worker_id
    if idle_exit is not None:
        extra["NEWSCRAWL_REDIS_IDLE_CLOSE"] = idle_exit
    if log_file:
        Path(log_file).parent.mkdir(parents=True, exist_ok=True)
        extra["LOG_FILE"] = log_file
    stats = run_spiders([(DistributedFinews, pairs(args, "-a"))], extra)[0]   # type: ignore[list-item]
    click.echo(f"worker {stats.get('newscrawl/distributed/worker', worker_id)}: "
               f"{stats.get('newscrawl/distributed/pushed', 0)} items pushed, "
               f"{stats.get('newscrawl/failures', 0)} failures, {stats.get('downloader/request_count', 0)} requests, "
               f"finished: {stats.get('finish_reason', '?')}")
    raise SystemExit(0 if stats.get("finish_reason") in ("finished", "shutdown") else 1)


@click.command()
@redis_option
@prefix_option
@db_option
@click.option("--batch", type=click.IntRange(1, 100_000), default=None,
              help="Messages per SQLite transaction (default: NEWSCRAWL_REDIS_INGEST_BATCH).")
@click.option("--exit-when-idle", type=click.FloatRange(min=0), default=0.0, show_default=True,
              help="Exit once nothing arrived for this many seconds and the crawl is over; 0: run until stopped.")
@click.option("-s", "settings", multiple=True, metavar="NAME=VALUE", help="Setting (repeatable).")
@click.option("--quiet", is_flag=True, help="No progress lines on stderr.")
def ingest(redis_url: str, prefix: str, db: str, batch: int | None, exit_when_idle: float,
           settings: tuple[str, ...], quiet: bool) -> None:
    """Drain the workers' items into the database: the one writer of SQLite, batched and acknowledged
    (a killed ingester loses nothing). One at a time per prefix (a second exits with status 75). Settings
    of ours are checked first (a bad value or unknown name: exit 2, one line, nothing opened)."""
    import time

    from newscrawl.distributed.ingest import (  # deferred: redis / scrapy-redis, only for this command
        Ingester,
        IngesterLocked,
    )

    extra = pairs(settings, "-s")
    check_settings(extra)                               # as `newscrawl crawl`: before Redis or the database
    db = extra.pop("NEWSCRAWL_DB", db)
    project = project_settings(extra)
    frontier = _frontier(redis_url, prefix, project)
    ingester = Ingester(frontier, db, batch or project.getint("NEWSCRAWL_REDIS_INGEST_BATCH"), settings=extra)
    stopping: list[int] = []

    def on_signal(signum: int, _frame: Any) -> None:
        stopping.append(signum)

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)
    last = [time.monotonic()]

    def progress(stats: Any) -> None:
        if not quiet and time.monotonic() - last[0] >= 5:
            last[0] = time.monotonic()
            click.echo(f"ingest: {stats.messages} messages ({stats.new} new), "
                       f"{frontier.server.llen(frontier.items_key)} waiting", err=True)

    try:
        stats = ingester.run(exit_when_idle=exit_when_idle, stop=lambda: bool(stopping), progress=progress)
    except IngesterLocked as exc:
        click.echo(f"newscrawl: {exc}; exiting", err=True)
        raise SystemExit(EXIT_LOCKED) from None
    click.echo(stats.summary())


@click.command()
@redis_option
@prefix_option
@click.argument("targets", nargs=-1)
@click.option("--lists", is_flag=True, help="Seed every list API of FINEWS_LIST_APIS (a cron round).")
@click.option("--file", "url_file", type=click.Path(exists=True, dir_okay=False),
              help="Share URLs, article URLs or infoCodes, one per line ('#' comments).")
@click.option("--failures", is_flag=True, help="Seed the articles recorded in `failures` of --db (a distributed retry).")
@db_option
@click.option("--fresh", is_flag=True, help="Clear the shared dupefilter first (start a new round).")
def seed(redis_url: str, prefix: str, targets: tuple[str, ...], lists: bool, url_file: str | None,
         failures: bool, db: str, fresh: bool) -> None:
    """Push start requests into the Redis start queue: list APIs, share URLs or infoCodes."""
    from newscrawl.distributed.seed import (  # deferred: redis / scrapy-redis, only for this command
        article_seeds,
        list_seeds,
        push_seeds,
    )
    project = project_settings()
    raw = list(targets)
    if url_file:
        raw += read_targets(Path(url_file).read_text(encoding="utf-8-sig").splitlines())
    if failures:
        database = open_existing(db, write=True)
        raw += [r["article_id"] for r in database.query(
            "SELECT DISTINCT article_id FROM failures WHERE article_id IS NOT NULL ORDER BY article_id")]
    seeds, errors = article_seeds(raw)
    if lists:
        seeds = list_seeds(project.getlist("FINEWS_LIST_APIS")) + seeds
    for message in errors:
        click.echo(f"newscrawl: skipped bad target {message}", err=True)
    if not seeds:
        raise click.UsageError("nothing to seed: give TARGETS, --file, --failures or --lists")
    frontier = _frontier(redis_url, prefix, project)
    n = push_seeds(frontier, seeds, fresh=fresh)
    click.echo(f"seeded {n} start requests into {frontier.start_key}" + (" (dupefilter cleared)" if fresh else ""))
    if errors:
        sys.exit(2)


@click.command("redis-status")
@redis_option
@prefix_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def redis_status(redis_url: str, prefix: str, as_json: bool) -> None:
    """Queue lengths, leases per worker and counters of the distributed crawl (what to watch)."""
    frontier = _frontier(redis_url, prefix, project_settings())
    status = frontier.status()
    if as_json:
        click.echo(json.dumps(status, ensure_ascii=False, sort_keys=True))
        return
    click.echo(f"seeds {status['seeds']}  requests {status['requests']}  in flight {status['inflight']}  "
               f"items {status['items']}  processing {status['processing']}  seen {status['seen']}  "
               f"known {status['known']}")
    for w, info in status["workers"].items():
        click.echo(f"worker {w}: {info['inflight']} leased, {'alive' if info['alive'] else 'DEAD (not yet re-queued)'}")
    for k, v in sorted(status["stats"].items()):
        click.echo(f"{k} {v}")
