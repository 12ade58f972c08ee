"""Import an archive of Jekyll posts (the prototype's ``_posts``) through the crawl's item pipelines.

Pure part (newscrawl.pages.archive): ``find_post_files`` and ``select_versions`` (which file stands for each
article); ``newscrawl.pages.jekyll.to_article`` maps a parsed post to an Article.  Glue: ``import_posts``
runs the chosen files through ``pipelines.chain.PipelineChain`` into the database, records every file that
fails in ``failures`` (stage ``import``, the file path as url) and returns an ``ImportSummary``.

Ids: a post's infoCode (from its share link, else its file name); a post without one gets
``post-<16 hex>``, the SHA-1 of its canonical site path (/<category>/YYYY/MM/DD/<slug>.html), so the
same post imported again, or crawled from the site by the ``site`` spider, keeps its id.
Several versions of one article (``…__v<commit>.md``, ``…__old_post.md``, the live ``_posts`` file)
become one row: the live file wins, then the longer body (the replica's rule, reused).
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl.pages import PageError
from newscrawl.pages.archive import FileFailure, find_post_files, read_post, select_versions
from newscrawl.pages.jekyll import to_article
from newscrawl.store.db import finish_run, open_db, record_failure, start_run
from newscrawl.text.clock import new_run_id
from pipelines.chain import Dropped, PipelineChain

STAGE = "import"
SPIDER = "import-posts"


@dataclass
class ImportSummary:
    """What an import did: counts per outcome, the files that failed and those superseded."""

    files: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    superseded: list[str] = field(default_factory=list)      # other versions of an imported article
    failures: list[FileFailure] = field(default_factory=list)
    run_id: str | None = None
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def lines(self) -> list[str]:
        """A human summary: one line of counts, then one line per failure."""
        out = [(f"imported {self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
               f"{self.failed} failed; {len(self.superseded)} other versions merged; {self.files} files "
               f"in {self.seconds:.1f}s (run {self.run_id})")]
        out += [f"failed {f.path}: {f.reason}" + (f" ({f.detail})" if f.detail else "") for f in self.failures]
        return out


def import_posts(paths: Iterable[str | Path], db_path: str | Path, *,
                 progress: Callable[[list[tuple[str, Path]]], Iterable[tuple[str, Path]]] | None = None,
                 settings: dict[str, Any] | None = None) -> ImportSummary:
    """Import the posts under ``paths`` into the database at ``db_path``; nothing fails silently.

    ``progress`` wraps the iteration over the (id, file) pairs to import (e.g. a click progress bar):
    it is given their list and must yield them.
    """
    started = time.monotonic()
    given = [paths] if isinstance(paths, (str, Path)) else list(paths)
    files = find_post_files(given)
    chosen, superseded, failures = select_versions(files)
    summary = ImportSummary(files=len(files), superseded=[str(p) for p in superseded], failures=list(failures))
    run_id = new_run_id()
    summary.run_id = run_id
    database = open_db(db_path)
    args = {"paths": [str(p) for p in given]}
    start_run(database, run_id, SPIDER, args)
    overrides = {"NEWSCRAWL_DB": str(db_path), **(settings or {})}
    todo = sorted(chosen.items(), key=lambda kv: str(kv[1]))
    items: Iterable[tuple[str, Path]] = progress(todo) if progress is not None else todo
    try:
        with PipelineChain(overrides, spider_name=SPIDER, run_id=run_id) as chain:
            public_share = chain.crawler.settings.get("FINEWS_PUBLIC_SHARE_URL")
            for code, path in items:
                try:
                    post = read_post(path)
                    status = chain.process(to_article(post, public_share_url=public_share, spider=SPIDER))
                except PageError as exc:           # the file changed since it was scanned
                    summary.failures.append(FileFailure(str(path), exc.reason, exc.message, code))
                    continue
                except Dropped as exc:
                    summary.failures.append(FileFailure(str(path), exc.reason, f"{exc.stage}: {exc.detail}"
                                                        if exc.detail else exc.stage, code))
                    continue
                except Exception as exc:  # noqa: BLE001 - a bug in a stage must not stop the import: record it
                    summary.failures.append(FileFailure(str(path), type(exc).__name__, str(exc), code))
                    continue
                if status in ("new", "updated", "unchanged"):
                    setattr(summary, status, getattr(summary, status) + 1)
    finally:
        for f in summary.failures:
            record_failure(database, url=f.path, stage=STAGE, reason=f.reason, detail=f.detail,
                                 article_id=f.article_id, spider=SPIDER, run_id=run_id)
        summary.seconds = time.monotonic() - started
        finish_run(database, run_id, status="failed" if summary.failures else "ok", finish_reason="finished",
                         items_new=summary.new, items_updated=summary.updated, items_unchanged=summary.unchanged,
                         items_failed=summary.failed, requests=0, bytes=0, errors=0,
                         stats=_json({"files": summary.files, "superseded": len(summary.superseded),
                                      "seconds": round(summary.seconds, 3)}))
        database.close()
    return summary


def _json(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)
