"""``newscrawl``: the command line (demo, export, replica).  Scrapy spiders run with ``scrapy crawl``."""
from __future__ import annotations

import functools
import os
import sys
import time
from pathlib import Path
from typing import Any

import click

from newscrawl.db import DbError, date_bound
from newscrawl.items import STORED_FIELDS
from newscrawl.lock import LockFileError

DEFAULT_DB = "data/news.db"
db_option = click.option("--db", default=lambda: os.environ.get("NEWSCRAWL_DB", DEFAULT_DB), show_default=DEFAULT_DB,
                         help="SQLite database file (env NEWSCRAWL_DB).")


class IsoDate(click.ParamType):
    """A --since/--until value: an ISO date or date-time (:func:`newscrawl.db.date_bound`), else a usage error."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            return date_bound(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date (use an ISO date such as 2021-12-01, or a date-time such as "
                      "2021-12-01T08:00 or 2021-12-01T08:00+08:00)", param, ctx)


#: The one type of every date option (--since, --until) of every command.
DATE = IsoDate()


def open_existing(db: str) -> Any:
    """The database at ``db`` for a command that only reads (read-only when it cannot be written),
    or a one-line error when there is none."""
    from newscrawl import db as store

    try:
        return store.open_db(db, create=False, read_only_ok=True)
    except FileNotFoundError:
        raise click.ClickException(f"no database at {db} (crawl first, or pass --db)") from None


def warn_unindexed(database: Any, db: str) -> None:
    """After a full-text query of a read-only database: say on stderr when queued index changes could not be
    applied (so those articles were not searched)."""
    from newscrawl.db import read_only_reason
    from newscrawl.search import unindexed

    if (reason := read_only_reason(db)) and (n := unindexed(database)):
        click.echo(f"newscrawl: warning: the search index has {n} queued changes it cannot apply, so recently "
                   f"changed articles were not searched ({reason}; a search with write access applies them)", err=True)


def db_path(db: str | Path) -> str:
    """The absolute path of the database, as commands report where they wrote (or read)."""
    return str(Path(db).resolve())


def terminal_text(text: str | None, width: int | None = None) -> str:
    """``text`` for one terminal line: no control character (terminal escapes, C0, DEL, C1) from a page or
    the database reaches the terminal; newlines and tabs become spaces; cut to ``width`` characters."""
    from pipelines.cleaning import strip_controls

    out = strip_controls(text or "", keep_newlines=False)
    return out if width is None or len(out) <= width else out[:width - 1] + "…"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newscrawl")
def cli() -> None:
    """newscrawl: crawl Chinese local news into SQLite, export CSV / JSON Lines / Jekyll posts.

    Crawls run with `newscrawl crawl SPIDER` (cron-safe) or with Scrapy from the project folder,
    e.g. `scrapy crawl finews -a urls=URL` or `scrapy crawl finews_list`.
    """


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "jekyll"]), default="csv", show_default=True)
@click.option("--out", "out_path", type=click.Path(writable=True), required=True,
              help="Output file ('-' for standard output); for jekyll, a folder (posts go to its _posts/).")
@click.option("--since", type=DATE, help="Only articles published at or after this date (ISO date or date-time, "
              "e.g. 2021-12-01 or 2021-12-01T08:00; Asia/Shanghai unless a zone is given).")
@click.option("--until", type=DATE, help="Only articles published before this date (or date-time).")
@click.option("--media", help="Only this media, e.g. 南通日报.")
@click.option("--columns", help="Comma-separated columns (default: all).")
@click.option("--bom/--no-bom", default=True, show_default=True, help="CSV: start with a UTF-8 BOM for Excel.")
@click.option("--formula-guard/--no-formula-guard", default=True, show_default=True,
              help="CSV: prefix ' to cells starting with = + - @ (or a tab / CR), so Excel shows them as text "
                   "instead of running them as formulas; --no-formula-guard writes cells as stored.")
@click.option("--site-files/--no-site-files", default=True, show_default=True,
              help="jekyll: also write _config.yml, layouts, home and category pages (a site `jekyll build` builds).")
@click.option("--query", help="Only articles matching this full-text query (as `newscrawl search`).")
@click.option("--reprints/--no-reprints", default=True, show_default=True,
              help="--no-reprints leaves out reprints (rows with reprint_of set).")
def export(db: str, fmt: str, out_path: str, since: str | None, until: str | None, media: str | None,
           columns: str | None, bom: bool, formula_guard: bool, site_files: bool, query: str | None,
           reprints: bool) -> None:
    """Write the stored articles to CSV (Excel-safe, UTF-8 with BOM), JSON Lines or Jekyll posts."""
    from newscrawl import db as store
    from newscrawl.export import write_csv, write_jsonl

    cols = list(STORED_FIELDS)
    if columns:
        cols = [c.strip() for c in columns.split(",") if c.strip()]
        unknown = [c for c in cols if c not in STORED_FIELDS]
        if unknown:
            raise click.BadParameter(f"unknown column(s) {', '.join(unknown)}; choose from {', '.join(STORED_FIELDS)}",
                                     param_hint="--columns")
    if fmt == "jekyll" and (out_path == "-" or Path(out_path).is_file()):   # jekyll: --out is a folder
        raise click.BadParameter(f"{out_path} is not a folder (jekyll writes a folder of posts)", param_hint="--out")
    if fmt != "jekyll" and Path(out_path).is_dir():
        raise click.BadParameter(f"{out_path} is a folder; give a file name", param_hint="--out")
    database = open_existing(db)
    rows = store.iter_articles(database, since=since, until=until, media=media)
    # --- issue 7 filters: --query (full-text) and --no-reprints
    if query is not None or not reprints:
        from newscrawl.export import filter_rows
        from newscrawl.search import matching_ids

        try:
            ids = matching_ids(database, query) if query is not None else None
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--query") from None
        if query is not None:
            warn_unindexed(database, db)
        rows = filter_rows(rows, ids=ids, reprints=reprints)
    # --- jekyll export (newscrawl.jekyll_export): --out is a folder
    if fmt == "jekyll":
        from newscrawl.jekyll_export import write_jekyll

        written = write_jekyll(rows, out_path, with_site_files=site_files)
        click.echo(f"exported {written.posts} articles from {db_path(db)} to {Path(out_path) / '_posts'} (jekyll)")
        if written.warning():
            click.echo(written.warning(), err=True)
        return
    encoding = "utf-8-sig" if fmt == "csv" and bom else "utf-8"
    writer = functools.partial(write_csv, formula_guard=formula_guard) if fmt == "csv" else write_jsonl
    if out_path == "-":
        sys.stdout.reconfigure(encoding="utf-8")
        n = writer(rows, sys.stdout, cols)
    else:
        Path(out_path).parent.mkdir(parents=True, exist_ok=True)
        with open(out_path, "w", encoding=encoding, newline="") as fh:
            n = writer(rows, fh, cols)
    click.echo(f"exported {n} articles from {db_path(db)} to {out_path} ({fmt})", err=out_path == "-")


@cli.group()
def replica() -> None:
    """The local replica of the finews endpoints and Jekyll site (for demos, tests, benchmarks)."""


def _parse_faults(values: tuple[str, ...]) -> dict[str, str]:
    faults = {}
    for value in values:
        code, sep, kind = value.partition("=")
        if not sep or not code or not kind:
            raise click.BadParameter(f"{value!r} is not CODE=KIND", param_hint="--fault")
        faults[code] = kind
    return faults


@replica.command("serve")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--port", default=0, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port on 127.0.0.1 (0: any free port).")
@click.option("--fault", multiple=True, metavar="CODE=KIND",
              help="Make the text API fail for CODE (or 'list' for the list APIs); KIND is one of "
                   "404, 500, invalid-json, empty, api-error, slow, truncate. Repeatable.")
@click.option("--slow-seconds", default=5.0, show_default=True, help="Delay of a 'slow' fault.")
@click.option("--share-html", is_flag=True, help="Share pages carry the article in their HTML.")
@click.option("--fail-rate", type=click.FloatRange(0, 1), default=0.0, help="Share of requests answered HTTP 500.")
@click.option("--slow-rate", type=click.FloatRange(0, 1), default=0.0, help="Share answered after --slow-seconds.")
@click.option("--truncate-rate", type=click.FloatRange(0, 1), default=0.0, help="Share with the body cut in half.")
@click.option("--drop-connection-rate", type=click.FloatRange(0, 1), default=0.0,
              help="Share whose connection is closed without an answer.")
@click.option("--gbk-rate", type=click.FloatRange(0, 1), default=0.0,
              help="Share of text answers encoded in GBK (with charset=gbk in Content-Type).")
@click.option("--seed", default=0, show_default=True, help="Seed of the random faults (repeatable runs).")
@click.option("--list-faults", is_flag=True, help="Random faults hit the list APIs too (default: articles only).")
@click.option("--robots-disallow", "robots_disallow", multiple=True, metavar="PATH",
              help="A 'Disallow: PATH' line of the served /robots.txt (default: none, all allowed). Repeatable.")
def replica_serve(folder: str, port: int, fault: tuple[str, ...], slow_seconds: float, share_html: bool,
                  fail_rate: float, slow_rate: float, truncate_rate: float, drop_connection_rate: float,
                  gbk_rate: float, seed: int, list_faults: bool, robots_disallow: tuple[str, ...]) -> None:
    """Serve FOLDER (Jekyll posts) on 127.0.0.1; the first line printed is the base URL."""
    import errno

    from newscrawl.replica.server import Replica, ReplicaServer, valid_robots_path

    for path in robots_disallow:
        if not valid_robots_path(path):
            raise click.BadParameter(f"{path!r} is not a path (it starts with / and has no spaces)",
                                     param_hint="--robots-disallow")
    rates = {"fail": fail_rate, "slow": slow_rate, "truncate": truncate_rate, "drop": drop_connection_rate,
             "gbk": gbk_rate}
    if fail_rate + slow_rate + truncate_rate + drop_connection_rate > 1:
        raise click.BadParameter("the fault rates add up to more than 1", param_hint="--fail-rate")
    try:
        rep = Replica(folder, faults=_parse_faults(fault), slow_seconds=slow_seconds, share_html=share_html,
                      rates=rates, seed=seed, list_faults=list_faults, robots_disallow=list(robots_disallow))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--fault") from None
    try:
        server = ReplicaServer(rep, port=port)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise click.ClickException(f"port {port} on 127.0.0.1 is in use (choose another --port, "
                                       "or --port 0 for any free one)") from None
        raise click.ClickException(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}") from None
    click.echo(server.base_url)
    click.echo(f"serving {len(rep.entries)} articles from {folder}; Ctrl-C stops", err=True)
    sys.stdout.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@replica.command("sample")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--articles", "n", default=60, show_default=True, type=click.IntRange(1, 10_000_000))
@click.option("--seed", default=0, show_default=True)
def replica_sample(folder: str, n: int, seed: int) -> None:
    """Write N synthetic Chinese local-news posts (the prototype's format) into FOLDER."""
    from newscrawl.replica.synth import write_archive

    count = write_archive(folder, n, seed=seed)
    click.echo(f"wrote {count} posts to {folder}")


def _crawl_stats(crawler: Any, result: object) -> dict:
    """A finished crawl's stats; a crawl that failed (to start) gets ``newscrawl/error``: 'Type: message'."""
    stats = dict(crawler.stats.get_stats())
    failure = getattr(result, "value", None)
    if isinstance(failure, BaseException):
        stats["newscrawl/error"] = f"{type(failure).__name__}: {failure}"
    return stats


def run_spiders(jobs: list[tuple[str, dict[str, str]]], settings: dict) -> list[dict]:
    """Run spiders one after the other in this process, with the project settings plus ``settings``.

    Returns each crawl's stats.  (One at a time: crawls of one process share no transaction.)
    """
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    project = get_project_settings()
    project.setdict(settings, priority="cmdline")
    process = CrawlerProcess(project)
    results: list[dict] = []

    def next_job(_: object = None) -> object:
        if len(results) < len(jobs):
            name, args = jobs[len(results)]
            crawler = process.create_crawler(name)
            d = process.crawl(crawler, **args)
            d.addBoth(lambda result, c=crawler: results.append(_crawl_stats(c, result)))
            return d.addBoth(next_job)
        from twisted.internet import reactor

        reactor.callLater(0, reactor.stop)
        return None

    if jobs:
        next_job()
        process.start(stop_after_crawl=False)
    return results


def progress_wanted() -> bool:
    """Progress lines (newscrawl.progress) by default only when standard error is a terminal."""
    return sys.stderr.isatty()


def run_spider(spider: str, settings: dict, **spider_args: str) -> dict:
    """Run one spider in this process; returns its stats."""
    return run_spiders([(spider, spider_args)], settings)[0]


@cli.command()
@db_option
@click.option("--csv", "csv_path", default="data/news.csv", show_default=True, help="Where to export the CSV.")
@click.option("--posts", "posts_dir", default="data/sample_posts", show_default=True,
              help="Sample archive to serve (written first when missing).")
@click.option("--articles", "n", default=60, show_default=True, type=click.IntRange(1, 100_000),
              help="How many synthetic posts a new sample archive gets.")
@click.option("--verbose", is_flag=True, help="Show Scrapy's log.")
@click.option("--progress/--no-progress", default=None,
              help="A status line on standard error every few seconds (default: when it is a terminal).")
def demo(db: str, csv_path: str, posts_dir: str, n: int, verbose: bool, progress: bool | None) -> None:
    """Offline end to end: start the replica, crawl it with finews_list, store, export CSV, summarise."""
    from newscrawl import db as store
    from newscrawl.export import write_csv
    from newscrawl.replica.server import Replica, ReplicaServer
    from newscrawl.replica.synth import write_archive

    started = time.monotonic()
    store.open_db(db).close()          # a database that cannot be written: one line before anything starts
    posts = Path(posts_dir)
    if not posts.is_dir() or not any(posts.glob("*.md")):
        write_archive(posts, n)
        click.echo(f"wrote a sample archive of {n} synthetic posts to {posts}")
    server = ReplicaServer(Replica(posts)).start_background()
    click.echo(f"replica serving {len(server.replica.entries)} articles at {server.base_url}")
    stats = run_spider("finews_list", {
        "FINEWS_BASE_URL": server.base_url, "NEWSCRAWL_DB": db,
        "LOG_LEVEL": "INFO" if verbose else "WARNING", "NEWSCRAWL_PROGRESS": progress_wanted() if progress is None else progress,
    })
    server.shutdown()
    database = store.open_db(db)
    Path(csv_path).parent.mkdir(parents=True, exist_ok=True)
    with open(csv_path, "w", encoding="utf-8-sig", newline="") as fh:
        exported = write_csv(store.iter_articles(database), fh)
    media = [(r["media"], r["n"]) for r in database.query(
        "SELECT media, count(*) AS n FROM articles GROUP BY media ORDER BY n DESC, media")]
    media_list = ", ".join(f"{name or '(none)'} {count}" for name, count in media)
    run_id = stats.get("newscrawl/run_id")
    failures = database.execute("SELECT count(*) FROM failures WHERE run_id = ?", [run_id]).fetchone()[0]
    click.echo(
        f"articles: {exported} in {db} (this run: {stats.get('newscrawl/items/new', 0)} new, "
        f"{stats.get('newscrawl/items/updated', 0)} updated, {stats.get('newscrawl/skipped_known', 0)} already known)\n"
        f"media: {len(media)} ({media_list})\n"
        f"failures: {failures}\n"
        f"database: {db_path(db)}\n"
        f"csv: {csv_path}\n"
        f"seconds: {time.monotonic() - started:.1f}")
    if failures:
        sys.exit(1)


# --- commands implemented in their own modules (each module defines one click command or group) ---
from newscrawl.cli_crawl import crawl, reprocess, retry_failures  # noqa: E402

cli.add_command(crawl)
cli.add_command(retry_failures)
cli.add_command(reprocess)
from newscrawl.cli_extract import extract_command  # noqa: E402

cli.add_command(extract_command)
from newscrawl.cli_archive import import_posts_command  # noqa: E402

cli.add_command(import_posts_command)
from newscrawl.cli_analyst import search_command, stats_command  # noqa: E402

cli.add_command(search_command)
cli.add_command(stats_command)

# issue 6: distributed crawling on Redis (newscrawl/distributed, docs/distributed.md)
from newscrawl.cli_distributed import ingest, redis_status, seed, worker  # noqa: E402

cli.add_command(worker)
cli.add_command(ingest)
cli.add_command(seed)
cli.add_command(redis_status)


def main(argv: list[str] | None = None) -> None:
    """Entry point: click errors become one line on stderr (exit 2), never a traceback."""
    try:
        cli.main(args=argv, prog_name="newscrawl", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as exc:
        click.echo(exc.ctx.get_help() if exc.ctx else str(exc))
    except click.UsageError as exc:
        click.echo(f"newscrawl: error: {exc.format_message()} (see --help)", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"newscrawl: error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except (DbError, LockFileError) as exc:     # a database (or its folder) that cannot be used: one line
        click.echo(f"newscrawl: error: {exc}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        sys.exit(130)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
