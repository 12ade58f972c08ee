"""Cron-grade commands: ``crawl`` (locked, logged, recorded), ``retry-failures``, ``reprocess``."""
from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from newscrawl.cli.lock import EXIT_LOCKED, DbLock, LockedError
from newscrawl.cli.options import (
    DATE,
    check_settings,
    db_option,
    db_path,
    open_existing,
    pairs,
    progress_wanted,
    project_settings,
    terminal_text,
)
from newscrawl.cli.reprocess import raw_page_count, reprocess_pages
from newscrawl.cli.retry import held_line, retry_plan, robots_ignored
from newscrawl.cli.runlog import failure_rate
from newscrawl.cli.runner import run_spiders
from newscrawl.pages import PageError
from newscrawl.pages.finews import (
    parse_target,
)
from newscrawl.settings_check import spider_problem
from newscrawl.spiders.article import URL_RE
from newscrawl.store.db import (
    open_db,
    retry_locked,
    write_transaction,
)
from newscrawl.text.clock import new_run_id


def _spider_names() -> list[str]:
    from scrapy.spiderloader import SpiderLoader

    return sorted(SpiderLoader.from_settings(project_settings()).list())


def _summary(stats: dict) -> str:
    return (f"run {stats.get('newscrawl/run_id')}: {stats.get('newscrawl/items/new', 0)} new, "
            f"{stats.get('newscrawl/items/updated', 0)} updated, {stats.get('newscrawl/items/unchanged', 0)} unchanged, "
            f"{stats.get('newscrawl/skipped_known', 0)} skipped as known, {stats.get('newscrawl/failures', 0)} failed, "
            + (f"{lost} LOST (neither stored nor in failures: see the log), " if (lost := stats.get('newscrawl/items/lost'))
               else "")
            + f"{stats.get('downloader/request_count', 0)} requests, finished: {stats.get('finish_reason', '?')}")


def _exit_for(stats_list: list[dict], max_rate: float) -> int:
    return 1 if any(failure_rate(s) > max_rate or s.get("finish_reason") != "finished" for s in stats_list) else 0


def unknown_args(given: list[str], known: tuple[str, ...]) -> str | None:
    """A message for the first name of ``given`` that is not in ``known`` (with a did-you-mean), or None."""
    import difflib

    for name in given:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
            hint = f"did you mean {close[0]!r}?" if close else (
                f"it takes {', '.join(known)}" if known else "it takes none")
            return f"unknown spider argument {name!r}; {hint}"
    return None


def _target_problem(spider: str) -> Callable[[str], str | None] | None:
    """The spider's own check of one target: a function text -> problem (or None), for spiders that take targets."""
    if spider == "finews":
        def finews(text: str) -> str | None:
            try:
                parse_target(text)
            except PageError as exc:
                return exc.message
            return None
        return finews
    if spider == "article":
        return lambda text: None if URL_RE.match(text.strip()) else f"not an http(s) URL: {text.strip()!r}"
    return None


def target_problems(spidercls: Any, args: dict[str, str], limit: int = 3) -> list[str]:
    """What stops ``spidercls`` from taking ``-a`` targets ``args`` (a url_file it cannot read, no targets,
    targets it cannot take: at most ``limit``, then a count); empty when all is well.

    Uses the spider's own ``targets()`` (``gather_targets``: split, read url_file) and its target check.
    """
    if not hasattr(spidercls, "targets"):
        return []
    problems: list[str] = []
    spider = spidercls(**args)

    def fail(*, url: str | None, reason: str, detail: str = "", **_: Any) -> None:
        problems.append({"bad_url_file": f"cannot read url_file {url}: {detail}",
                         "no_targets": f"no targets ({detail})"}.get(reason, f"{reason}: {detail}"))

    spider.fail = fail
    targets = spider.targets()
    if problems:
        return problems
    if not targets:
        return [f"no targets: url_file {args.get('url_file')} lists none" if args.get("url_file") else "no targets"]
    check = _target_problem(spidercls.name)
    bad = [p for p in (check(t) for t in targets) if p] if check else []
    return bad[:limit] + ([f"… and {len(bad) - limit} more bad targets"] if len(bad) > limit else [])


def check_spider_args(spider: str, args: dict[str, str]) -> None:
    """Raise a usage error (exit 2) for ``-a`` arguments SPIDER does not take, before any crawl starts."""
    from scrapy.spiderloader import SpiderLoader

    spidercls = SpiderLoader.from_settings(project_settings()).load(spider)
    known = getattr(spidercls, "arg_names", None)
    if known is not None and (message := unknown_args(list(args), tuple(known))):
        raise click.BadParameter(f"{message} (spider {spider})", param_hint="-a")
    problems = target_problems(spidercls, args)
    if problems:
        raise click.BadParameter(f"spider {spider}: {'; '.join(problems)}", param_hint="-a")


def failure_lines(database: Any, run_id: str | None, limit: int = 10) -> list[str]:
    """Up to ``limit`` lines 'failed [stage] url: reason (detail)' of the run, then '… and K more'."""
    if not run_id:
        return []
    rows = list(database.query("SELECT stage, url, reason, detail FROM failures WHERE run_id = ? ORDER BY id "
                               "LIMIT ?", [run_id, limit]))
    total = database.execute("SELECT count(*) FROM failures WHERE run_id = ?", [run_id]).fetchone()[0]
    lines = [terminal_text(f"failed [{r['stage']}] {r['url'] or '-'}: {r['reason']}"
                           + (f" ({r['detail']})" if r["detail"] else ""), 200) for r in rows]
    if total > len(rows):
        lines.append(f"… and {total - len(rows)} more; see `newscrawl stats` or the failures table")
    return lines


@click.command()
@click.argument("spider")
@click.option("-a", "args", multiple=True, metavar="NAME=VALUE", help="Spider argument (repeatable).")
@click.option("-s", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting (repeatable).")
@db_option
@click.option("--log-dir", default="data/logs", show_default=True, help="Where the run's log file goes.")
def crawl(spider: str, args: tuple[str, ...], settings: tuple[str, ...], db: str, log_dir: str) -> None:
    """Run SPIDER cron-safely: one crawl per database at a time (exit 75 if another is running),
    a crawl_runs row, a log file under --log-dir, exit 1 when the failure rate passes
    NEWSCRAWL_MAX_FAILURE_RATE.

    Spider arguments are checked first (unknown names, an unreadable url_file, no or bad targets: exit 2,
    nothing recorded), and so is the database.  The summary names the database and lists the run's
    failures.  On a terminal a progress line appears every few seconds (-s NEWSCRAWL_PROGRESS=0/1).
    """
    spider_args, extra = pairs(args, "-a"), pairs(settings, "-s")
    check_settings(extra)
    if problem := spider_problem(spider, _spider_names()):
        raise click.BadParameter(problem, param_hint="SPIDER")
    check_spider_args(spider, spider_args)
    db = extra.pop("NEWSCRAWL_DB", db)

    open_db(db).close()       # not SQLite, read-only …: one line (DbError) before the crawl starts
    run_id = new_run_id()
    log_file = Path(log_dir) / f"{spider}-{run_id}.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    try:
        with DbLock(db):
            stats = run_spiders([(spider, spider_args)], {
                "NEWSCRAWL_PROGRESS": progress_wanted(),
                **extra, "NEWSCRAWL_DB": db, "NEWSCRAWL_RUN_ID": run_id, "LOG_FILE": str(log_file),
            })
    except LockedError as exc:
        click.echo(f"newscrawl: {exc}; exiting", err=True)
        raise SystemExit(EXIT_LOCKED) from None
    click.echo(_summary(stats[0]))
    database = open_db(db)
    for line in failure_lines(database, stats[0].get("newscrawl/run_id")):
        click.echo(line)
    database.close()
    click.echo(f"database: {db_path(db)}")
    click.echo(f"log: {log_file}")
    if (reason := stats[0].get("finish_reason")) != "finished":
        why = terminal_text(stats[0].get("newscrawl/error") or reason or "it did not start")
        click.echo(f"newscrawl: the crawl did not finish ({why}); see {log_file}", err=True)
    max_rate = float(extra.get("NEWSCRAWL_MAX_FAILURE_RATE", project_settings().getfloat("NEWSCRAWL_MAX_FAILURE_RATE")))
    raise SystemExit(_exit_for(stats, max_rate))


@click.command("retry-failures")
@db_option
@click.option("-s", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting (repeatable).")
@click.option("--log-dir", default="data/logs", show_default=True)
@click.option("--robots-txt", "robots", is_flag=True,
              help="Also retry pages the site's robots.txt disallowed (reason robots_txt), still obeying it (for "
                   "a site that allows them now); -s ROBOTSTXT_OBEY=False retries them too, ignoring it.")
def retry_failures(db: str, settings: tuple[str, ...], log_dir: str, robots: bool) -> None:
    """Fetch again what is in `failures`: pages of the `article` spider by their URL through `article`,
    pages of the `site` spider by their URL through `site`, other failed articles through `finews` (by the
    URL the user gave for them, else by infoCode), failed list pages as those pages through `finews_list`
    (paging on from each). A success clears the article's rows; a repeated failure replaces them.

    Pages robots.txt disallowed (reason robots_txt) are left out and kept, with a line saying how many,
    unless --robots-txt or -s ROBOTSTXT_OBEY=False asks for them."""

    extra = pairs(settings, "-s")
    check_settings(extra)
    try:
        robots = robots_ignored(extra) or robots      # the value is checked with --robots-txt too
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="-s") from None
    db = extra.pop("NEWSCRAWL_DB", db)
    database = open_existing(db, write=True)
    old = list(database.query("SELECT id, article_id, stage, url, spider, given_url, reason FROM failures"))
    database.close()

    plan = retry_plan(old, robots=robots)
    kept = {r["id"] for r in plan.stuck + plan.held}     # rows not retried: they stay as they are
    if not plan.jobs:
        click.echo(f"nothing to retry ({len(plan.stuck)} failures are not retryable: bad input)")
        if line := held_line(plan.held):
            click.echo(line)
        return

    log_file = Path(log_dir) / f"retry-{new_run_id()}.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    try:
        with DbLock(db):
            stats = run_spiders(plan.jobs, {**extra, "NEWSCRAWL_DB": db, "LOG_FILE": str(log_file)})
    except LockedError as exc:
        click.echo(f"newscrawl: {exc}; exiting", err=True)
        raise SystemExit(EXIT_LOCKED) from None
    database = open_db(db)
    new_runs = [s.get("newscrawl/run_id") for s in stats]
    marks = ",".join("?" * len(new_runs))

    @retry_locked
    def clean_up() -> None:
        with write_transaction(database):   # old rows are superseded by this run's rows
            _delete_failures(database, plan.replaced)
            _delete_failures(database, plan.by_article,         # those of articles that failed again
                             f"article_id IN (SELECT article_id FROM failures WHERE run_id IN ({marks}))", new_runs)

    clean_up()
    left = {r[0] for r in database.execute("SELECT id FROM failures").fetchall()}
    for s in stats:
        click.echo(_summary(s))
    if line := held_line(plan.held):
        click.echo(line)
    click.echo(f"failures left: {len(left)}")
    click.echo(f"database: {db_path(db)}")
    raise SystemExit(1 if left - kept else 0)


def _delete_failures(database: Any, ids: list[int], where: str = "", params: list[Any] | None = None) -> None:
    """Delete the ``failures`` rows ``ids`` (that also match ``where``), 500 ids a statement."""
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        database.execute(f"DELETE FROM failures WHERE id IN ({','.join('?' * len(chunk))})"
                         + (f" AND {where}" if where else ""), [*chunk, *(params or [])])


@click.command()
@db_option
@click.option("--since", type=DATE, help="Only payloads fetched at or after this date or date-time (ISO, e.g. "
              "2021-12-01 or 2021-12-01T08:00; Asia/Shanghai unless a zone is given).")
def reprocess(db: str, since: str | None) -> None:
    """Re-run the pipelines over the stored raw payloads (raw_pages), without the network:
    how improved normalisers reach old data."""
    database = open_existing(db, write=True)
    total = raw_page_count(database, since)
    share = project_settings().get("FINEWS_PUBLIC_SHARE_URL")
    with click.progressbar(length=total, label="reprocessing", file=sys.stderr) as bar:
        counts = reprocess_pages(db, database, since, share, tick=lambda: bar.update(1))
    click.echo(f"reprocessed {total} pages: {counts.get('new', 0)} new, {counts.get('updated', 0)} updated, "
               f"{counts.get('unchanged', 0)} unchanged, {counts.get('failed', 0)} failed in {db_path(db)}")
