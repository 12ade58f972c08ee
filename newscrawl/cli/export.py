"""``newscrawl export``: stored articles to CSV, JSON Lines or a Jekyll site."""
from __future__ import annotations

import functools
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from newscrawl.cli.options import DATE, db_option, db_path, open_existing, warn_unindexed
from newscrawl.exports.jekyll import write_jekyll
from newscrawl.exports.table import filter_rows, write_csv, write_jsonl
from newscrawl.items import STORED_FIELDS
from newscrawl.store.db import iter_articles
from newscrawl.store.search import matching_ids


@click.command()
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
    # --- issue 7 filters: --query (full-text) and --no-reprints
    ids = None
    if query is not None:
        try:
            ids = matching_ids(database, query)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--query") from None
        warn_unindexed(database, db)

    def articles() -> Iterator[dict[str, Any]]:
        """The rows to export (anew at each call: the Jekyll export reads them twice)."""
        rows = iter_articles(database, since=since, until=until, media=media)
        return filter_rows(rows, ids=ids, reprints=reprints) if query is not None or not reprints else rows

    # --- jekyll export (newscrawl.exports.jekyll): --out is a folder
    if fmt == "jekyll":
        written = write_jekyll(articles, out_path, with_site_files=site_files)
        click.echo(f"exported {written.posts} articles from {db_path(db)} to {Path(out_path) / '_posts'} (jekyll)")
        if written.warning():
            click.echo(written.warning(), err=True)
        return
    rows = articles()
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
