"""``newscrawl search`` and ``newscrawl stats``: click glue over newscrawl.store.search and newscrawl.exports.stats."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import click

from newscrawl.cli.options import DATE, db_option, open_existing, terminal_text, warn_unindexed
from newscrawl.exports.stats import collect, render_html, render_text
from newscrawl.store.search import search

_C1_IN_JSON = re.compile("[\x7f-\x9f]")


def _json_line(data: Any, **kw: Any) -> str:
    """JSON with DEL and C1 controls escaped too (json escapes only C0), so a terminal never receives one."""
    return _C1_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", json.dumps(data, ensure_ascii=False, **kw))


def _utf8_stdout() -> None:
    if hasattr(sys.stdout, "reconfigure") and (sys.stdout.encoding or "").lower() not in ("utf-8", "utf8"):
        sys.stdout.reconfigure(encoding="utf-8")


@click.command("search")
@click.argument("query")
@db_option
@click.option("--media", help="Only this media, e.g. 南通日报.")
@click.option("--since", type=DATE, help="Only articles published at or after this date (ISO date or date-time, "
              "e.g. 2021-12-01 or 2021-12-01T08:00; Asia/Shanghai unless a zone is given).")
@click.option("--until", type=DATE, help="Only articles published before this date (or date-time).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000), help="Most results shown.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per result (JSON Lines), for scripts.")
@click.option("--color/--no-color", default=None, help="Highlight matches in colour (default: when a terminal).")
def search_command(query: str, db: str, media: str | None, since: str | None, until: str | None, limit: int,
                   as_json: bool, color: bool | None) -> None:
    """Full-text search of titles and bodies, best matches first.

    QUERY is one or more words; every word must match.  Chinese matches as exact text of any length
    (海门, 党, 乡村振兴), Latin text as whole words (case-insensitive).  Matches are shown in [brackets].
    """
    if not query.strip():
        raise click.BadParameter("the query is empty", param_hint="QUERY")
    database = open_existing(db)
    try:
        hits = search(database, query, media=media, since=since, until=until, limit=limit)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="QUERY") from None
    warn_unindexed(database, db)
    _utf8_stdout()
    if as_json:
        for hit in hits:
            click.echo(_json_line(hit.as_dict()))
        return
    if not hits:
        click.echo(f"no articles match {query!r}", err=True)
        return
    use_color = sys.stdout.isatty() if color is None else color

    def hl(text: str) -> str:
        if not use_color:
            return text
        return re.sub(r"\[([^\[\]]+)\]", lambda m: click.style(f"[{m.group(1)}]", fg="yellow", bold=True), text)

    for i, hit in enumerate(hits, 1):
        head = terminal_text(hit.title_marked) or "(no title)"
        meta = " · ".join(terminal_text(x) for x in (hit.media, (hit.published_at or "")[:16].replace("T", " "), hit.id) if x)
        snippet = terminal_text(hit.snippet)
        click.echo(f"{i:>3}. {hl(head)}")
        click.echo(f"     {click.style(meta, dim=True) if use_color else meta}")
        if snippet:
            click.echo(f"     {hl(snippet)}")
        click.echo()


@click.command("stats")
@db_option
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Also write an HTML report with charts.")
@click.option("--days", type=click.IntRange(0, None), help="Only the latest N days in the per-day table.")
@click.option("--runs", default=10, show_default=True, type=click.IntRange(0, 1000), help="Latest runs listed.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats_command(db: str, html_path: str | None, days: int | None, runs: int, as_json: bool) -> None:
    """Articles per day and per media, failures by reason, the latest crawl runs."""
    database = open_existing(db)
    figures = collect(database, days=days, runs=runs)
    _utf8_stdout()
    if as_json:
        click.echo(_json_line(figures.as_dict(), indent=2))
    else:
        click.echo(render_text(figures))
    if html_path:
        out = Path(html_path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render_html(figures), encoding="utf-8")
        click.echo(f"report: {out}", err=True)
