"""``newscrawl extract FILE… [--url URL]``: saved pages or Jekyll posts → one JSON object per line.

HTML pages go through ``newscrawl.pages.generic.extract`` (what the ``article`` spider stores); Jekyll posts
(``.md``/``.markdown``) through ``newscrawl.pages.jekyll.parse_post`` and the same cleaning, date and byline
stages as an import. Files may be in any encoding (``newscrawl.text.decode``).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from newscrawl.pages import PageError
from newscrawl.pages.generic import MAX_BYTES, apply_removal, extract
from newscrawl.pages.jekyll import parse_post
from newscrawl.text.bylines import extract_bylines
from newscrawl.text.cleaning import clean_html, join_blocks
from newscrawl.text.dates import normalize_datetime
from newscrawl.text.decode import decode_html

FIELDS = ("file", "title", "authors", "photographers", "editors", "organisations", "source", "published_at",
          "content_text", "content_html")


def _from_post(text: str, name: str) -> dict[str, Any]:
    post = parse_post(text, name)
    blocks = clean_html(post.body_html, base_url=post.share_url)
    if not any(b.text for b in blocks):
        raise PageError("no_article_body", "no text left after cleaning")
    byline, remaining = extract_bylines([b.text for b in blocks if b.text])
    content_html, content_text = join_blocks(apply_removal(blocks, remaining))
    if not content_text:
        raise PageError("no_article_body", "only byline lines in the body")
    return {"title": " ".join(post.title.split()) if post.title else None, "authors": byline.authors,
            "photographers": byline.photographers, "editors": byline.editors,
            "organisations": byline.organisations, "source": byline.source,
            "published_at": normalize_datetime(post.date), "content_text": content_text,
            "content_html": content_html}


def read_capped(path: str | Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of ``path``: enough to tell that it is over ``limit`` without reading an
    endless or huge file (``/dev/zero``, ``/dev/stdin``) into memory."""
    with open(path, "rb") as f:
        return f.read(limit + 1)


def extract_file(path: str | Path, url: str | None = None) -> dict[str, Any]:
    """The JSON object for one file: FIELDS in order, or ``file`` and ``error``."""
    name = str(path)
    try:
        data = read_capped(path, MAX_BYTES)
    except OSError as exc:
        return {"file": name, "error": f"unreadable: {exc.strerror or exc}"}
    if len(data) > MAX_BYTES:
        return {"file": name, "error": f"too_large: over {MAX_BYTES:,} bytes (the page limit)"}
    try:
        text, _ = decode_html(data)
        if Path(path).suffix.lower() in (".md", ".markdown"):
            fields = _from_post(text, Path(path).name)
        else:
            fields = extract(text, url=url)
            if fields.get("title"):
                fields["title"] = " ".join(fields["title"].split())
    except PageError as exc:
        return {"file": name, "error": str(exc)}
    except (RecursionError, MemoryError) as exc:  # never a traceback for one bad file
        return {"file": name, "error": f"unparsable: {type(exc).__name__}"}
    return {"file": name, **{k: fields.get(k) for k in FIELDS[1:]}}


@click.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--url", help="The page's URL (resolves relative links; picks the site rule of its host).")
def extract_command(files: tuple[str, ...], url: str | None) -> None:
    """Extract articles from saved pages or Jekyll posts; one JSON object per file per line.

    Keys, in order: file, title, authors, photographers, editors, organisations, source, published_at,
    content_text, content_html. A file that cannot be read or parsed, or is over 10 MB (no more is read:
    /dev/stdin works), gives {"file", "error"}; the exit status is 1 when any file failed.
    """
    failed = 0
    for f in files:
        obj = extract_file(f, url)
        failed += "error" in obj
        click.echo(json.dumps(obj, ensure_ascii=False))
    if failed:
        sys.exit(1)
