"""Options and helpers shared by the commands: --db, dates, NAME=VALUE pairs, project settings, output."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import click

from newscrawl.settings import NEWSCRAWL_DB
from newscrawl.settings_check import bad_values, unknown_names
from newscrawl.store.db import date_bound, open_db, read_only_reason
from newscrawl.store.search import unindexed
from newscrawl.text.controls import strip_controls

#: The database a command uses without --db or NEWSCRAWL_DB: the setting's default (newscrawl/settings.py).
DEFAULT_DB = NEWSCRAWL_DB
db_option = click.option("--db", default=lambda: os.environ.get("NEWSCRAWL_DB", DEFAULT_DB), show_default=DEFAULT_DB,
                         help="SQLite database file (env NEWSCRAWL_DB).")


class IsoDate(click.ParamType):
    """A --since/--until value: an ISO date or date-time (:func:`newscrawl.store.db.date_bound`), else a usage error."""

    name = "date"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            return date_bound(str(value))
        except ValueError:
            self.fail(f"{value!r} is not a date (use an ISO date such as 2021-12-01, or a date-time such as "
                      "2021-12-01T08:00 or 2021-12-01T08:00+08:00)", param, ctx)


#: The one type of every date option (--since, --until) of every command.
DATE = IsoDate()


def open_existing(db: str, write: bool = False) -> Any:
    """The existing database at ``db`` for a command, or a one-line error when there is none.

    A command that only reads (``write`` false) gets it read-only when it cannot be written; one that
    writes gets a :class:`newscrawl.store.db.DbError` then."""
    try:
        return open_db(db, create=False, read_only_ok=not write)
    except FileNotFoundError:
        raise click.ClickException(f"no database at {db} (crawl first, or pass --db)") from None


def warn_unindexed(database: Any, db: str) -> None:
    """After a full-text query of a read-only database: say on stderr when queued index changes could not be
    applied (so those articles were not searched)."""
    if (reason := read_only_reason(db)) and (n := unindexed(database)):
        click.echo(f"newscrawl: warning: the search index has {n} queued changes it cannot apply, so recently "
                   f"changed articles were not searched ({reason}; a search with write access applies them)", err=True)


def db_path(db: str | Path) -> str:
    """The absolute path of the database, as commands report where they wrote (or read)."""
    return str(Path(db).resolve())


def terminal_text(text: str | None, width: int | None = None) -> str:
    """``text`` for one terminal line: no control character (terminal escapes, C0, DEL, C1) from a page or
    the database reaches the terminal; newlines and tabs become spaces; cut to ``width`` characters."""
    out = strip_controls(text or "", keep_newlines=False)
    return out if width is None or len(out) <= width else out[:width - 1] + "…"


def pairs(values: tuple[str, ...], option: str) -> dict[str, str]:
    """``-s``/``-a`` NAME=VALUE options as a dict; a usage error for anything else."""
    out = {}
    for value in values:
        name, sep, val = value.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{value!r} is not NAME=VALUE", param_hint=option)
        out[name] = val
    return out


def check_settings(values: dict[str, Any]) -> None:
    """Refuse ``-s`` values before anything starts: exit 2, one line each, for a setting of ours with a bad
    value or a name with our prefix that is no setting of ours (``newscrawl/settings_check.py``)."""
    if lines := unknown_names(values) + bad_values(values):
        for line in lines:
            click.echo(f"newscrawl: {line}", err=True)
        raise SystemExit(2)


def project_settings(overrides: dict[str, Any] | None = None) -> Any:
    """Scrapy's project settings (newscrawl.settings, scrapy.cfg, SCRAPY_* variables) with ``overrides`` at
    command-line priority.

    Not merged with ``pipelines.chain.project_settings``, which reads newscrawl.settings alone (no scrapy.cfg,
    no SCRAPY_* variables): the two differ when those are set."""
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "newscrawl.settings")
    from scrapy.utils.project import (
        get_project_settings,  # deferred: scrapy is heavy; not every command needs it
    )

    settings = get_project_settings()
    if overrides:
        settings.setdict(overrides, priority="cmdline")
    return settings


def progress_wanted() -> bool:
    """Progress lines (newscrawl.cli.progress) by default only when standard error is a terminal."""
    return sys.stderr.isatty()
