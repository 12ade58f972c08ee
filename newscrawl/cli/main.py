"""``newscrawl``: the command line; each command lives in its own module of this package."""
from __future__ import annotations

import sys

import click

from newscrawl.cli.analyst import search_command, stats_command
from newscrawl.cli.archive import import_posts_command
from newscrawl.cli.crawl import crawl, reprocess, retry_failures
from newscrawl.cli.demo import demo
from newscrawl.cli.distributed import ingest, redis_status, seed, worker
from newscrawl.cli.export import export
from newscrawl.cli.extract import extract_command
from newscrawl.cli.lock import LockFileError
from newscrawl.cli.replica import replica
from newscrawl.store.db import DbError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newscrawl")
def cli() -> None:
    """newscrawl: crawl Chinese local news into SQLite, export CSV / JSON Lines / Jekyll posts.

    Crawls run with `newscrawl crawl SPIDER` (cron-safe) or with Scrapy from the project folder,
    e.g. `scrapy crawl finews -a urls=URL` or `scrapy crawl finews_list`.
    """


for command in (export, replica, demo, crawl, retry_failures, reprocess, extract_command, import_posts_command,
                search_command, stats_command, worker, ingest, seed, redis_status):
    cli.add_command(command)


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
