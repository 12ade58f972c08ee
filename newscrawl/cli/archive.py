"""``newscrawl import-posts``: bring an archive of the prototype's Jekyll posts into the database."""
from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from newscrawl.cli.importer import import_posts
from newscrawl.cli.options import db_option, db_path
from newscrawl.pages.archive import find_post_files


@click.command("import-posts")
@click.argument("dirs", nargs=-1, required=True, metavar="DIR...",
                type=click.Path(exists=True, file_okay=True, dir_okay=True))
@db_option
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Show a progress bar on standard error.")
def import_posts_command(dirs: tuple[str, ...], db: str, progress: bool) -> None:
    """Import Jekyll posts (the prototype's _posts, old_post …) from DIR… through the pipelines.

    Every *.md file under each DIR is read; versions of one article (…__v<commit>.md, …__old_post.md)
    become one row (the live _posts file wins). Prints what was imported new, updated, unchanged and
    what failed, with reasons (also in the failures table); exits 1 when a file failed.
    """
    if not find_post_files(dirs):
        raise click.BadParameter(f"no post files (*.md, *.markdown) in {', '.join(dirs)}", param_hint="DIR")

    def bar(items: list) -> Iterator:
        with click.progressbar(items, label="importing", file=sys.stderr, show_pos=True) as it:
            yield from it

    summary = import_posts(dirs, db, progress=bar if progress else None)
    lines = summary.lines()

    click.echo(lines[0] + f" into {db_path(db)}")
    for line in lines[1:]:
        click.echo(line)
    if summary.failures:
        sys.exit(1)
