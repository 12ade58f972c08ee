"""``newscrawl extract FILE… [--url URL]``: saved pages or Jekyll posts → one JSON object per line.

Each file becomes the Article a crawl or an import would make of it (its source's ``to_article``: HTML pages
through ``newscrawl.pages.generic``, as the ``article`` spider; Jekyll posts (``.md``/``.markdown``) through
``newscrawl.pages.jekyll``, as ``import-posts``) and runs through the same item pipeline stages, without the
database (``PipelineChain(store=False)``). Files may be in any encoding (``newscrawl.text.decode``).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from newscrawl.failures import log as failures_log
from newscrawl.items import Article
from newscrawl.pages import MAX_BYTES, PageError, generic, jekyll
from newscrawl.text.decode import decode_html
from pipelines.chain import Dropped, PipelineChain

FIELDS = ("file", "title", "authors", "photographers", "editors", "organisations", "source", "published_at",
          "content_text", "content_html")


def read_capped(path: str | Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of ``path``: enough to tell that it is over ``limit`` without reading an
    endless or huge file (``/dev/zero``, ``/dev/stdin``) into memory."""
    with open(path, "rb") as f:
        return f.read(limit + 1)


def file_article(data: bytes, path: str | Path, url: str | None = None) -> Article:
    """The Article (before the pipelines) for one file's bytes: a Jekyll post by its suffix, else a page."""
    return file_article_and_provenance(data, path, url)[0]


def file_article_and_provenance(data: bytes, path: str | Path,
                                url: str | None = None) -> tuple[Article, dict[str, Any]]:
    """:func:`file_article`, and for a page how its fields were found (``generic.provenance``: body_from,
    body_confidence, body_fallback, confidence …; empty for a post)."""
    if Path(path).suffix.lower() in (".md", ".markdown"):
        text, _ = decode_html(data)
        post = jekyll.parse_post(text, Path(path).name)
        article = jekyll.to_article(post, spider="extract")
        # as `extract` has always shown a post: the date and source it states (an import dates an undated post
        # by its file name or infoCode, and takes a front-matter source when the body names none)
        article.published_raw, article.source = post.date, None
        return article, {}
    article, fields = generic.to_article_and_fields(data, None, url, spider="extract")
    article.id = article.id or generic.article_id(str(path))     # a saved page without a URL
    return article, generic.provenance(fields)


def extract_file(path: str | Path, url: str | None = None, chain: PipelineChain | None = None) -> dict[str, Any]:
    """The JSON object for one file: FIELDS in order, or ``file`` and ``error``. ``chain`` is the pipeline
    chain without the store (one is built when not given)."""
    name = str(path)
    try:
        data = read_capped(path, MAX_BYTES)
    except OSError as exc:
        return {"file": name, "error": f"unreadable: {exc.strerror or exc}"}
    if len(data) > MAX_BYTES:
        return {"file": name, "error": f"too_large: over {MAX_BYTES:,} bytes (the page limit)"}
    chain = chain or PipelineChain(spider_name="extract", store=False)
    failures_log.disabled = True     # a stage's failure is this file's error line, not a log line on stderr too
    try:
        article, how = file_article_and_provenance(data, path, url)
        article = chain.run(article)
    except PageError as exc:
        return {"file": name, "error": str(exc)}
    except Dropped as exc:
        return {"file": name, "error": f"{exc.reason}: {exc.detail}" if exc.detail else exc.reason}
    except (RecursionError, MemoryError) as exc:  # never a traceback for one bad file
        return {"file": name, "error": f"unparsable: {type(exc).__name__}"}
    finally:
        failures_log.disabled = False
    return {"file": name, **{k: getattr(article, k) for k in FIELDS[1:]}, **how}


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--url", help="The page's URL (resolves relative links; picks the site rule of its host).")
def extract_command(files: tuple[str, ...], url: str | None) -> None:
    """Extract articles from saved pages or Jekyll posts; one JSON object per file per line.

    Keys, in order: file, title, authors, photographers, editors, organisations, source, published_at,
    content_text, content_html; for a page then how each field was found: published_at_from (rule, shown,
    meta, json-ld, script, url …) and published_at_confidence, authors_from (body, header, json-ld, meta,
    account, poster, rule, none) and authors_confidence, body_from (ours, rule, fallback:trafilatura),
    body_confidence, body_fallback, and confidence (field -> 0-1). A file that cannot be read or parsed, or
    is over 10 MB (no more is read: /dev/stdin works), gives {"file", "error"}; the exit status is 1 when
    any file failed.
    """
    failed = 0
    chain = PipelineChain(spider_name="extract", store=False)
    for f in files:
        obj = extract_file(f, url, chain)
        failed += "error" in obj
        click.echo(json.dumps(obj, ensure_ascii=False))
    if failed:
        sys.exit(1)
