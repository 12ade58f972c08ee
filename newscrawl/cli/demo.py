"""``newscrawl demo``: offline end to end (replica, crawl, store, CSV)."""
from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from newscrawl.cli.options import db_option, db_path, progress_wanted
from newscrawl.cli.runner import run_spider
from newscrawl.exports.table import write_csv
from newscrawl.replica.server import Replica, ReplicaServer
from newscrawl.replica.synth import write_archive
from newscrawl.store.db import iter_articles, open_db


@click.command()
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




    started = time.monotonic()
    open_db(db).close()          # a database that cannot be written: one line before anything starts
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
    database = open_db(db)
    Path(csv_path).parent.mkdir(parents=True, exist_ok=True)
    with open(csv_path, "w", encoding="utf-8-sig", newline="") as fh:
        exported = write_csv(iter_articles(database), fh)
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
