"""What ``newscrawl retry-failures`` runs for the rows of ``failures`` (pure: rows in, spider jobs out).

Pages the site's robots.txt disallowed (reason ``robots_txt``) fail again while robots.txt is obeyed, so they
are held back unless asked for (``robots=True``); held rows are neither retried nor deleted.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newscrawl.pages import PageError
from newscrawl.pages.finews import parse_target


@dataclass
class RetryPlan:
    """The spider jobs that fetch failures again, and what becomes of the old rows after them."""

    jobs: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    #: rows of articles: a success deletes them (the store does); the run's new row for the article replaces them
    by_article: list[int] = field(default_factory=list)
    #: rows of pages without an id (list pages, site pages): replaced by the run whatever it gives (a page
    #: is fetched again by its URL; one that fails again gets a new row)
    replaced: list[int] = field(default_factory=list)
    #: rows that cannot be retried (bad input)
    stuck: list[dict[str, Any]] = field(default_factory=list)
    #: rows left out on purpose: pages robots.txt disallowed (kept as they are; ``robots=True`` retries them)
    held: list[dict[str, Any]] = field(default_factory=list)


#: The reason of a page not fetched because the site's robots.txt disallows it (newscrawl/spiders/base.py).
ROBOTS_REASON = "robots_txt"


def retry_plan(failures: list[dict[str, Any]], robots: bool = False) -> RetryPlan:
    """The plan for ``failures`` rows (id, article_id, stage, url, spider, given_url, reason); rows of reason
    ``robots_txt`` only with ``robots`` (else they are ``held``)."""
    held = [] if robots else [r for r in failures if r.get("reason") == ROBOTS_REASON]
    failures = [r for r in failures if robots or r.get("reason") != ROBOTS_REASON]
    # a generic page's id is a hash of its URL (U…), not an infoCode: only its URL can fetch it again
    pages = {r["id"]: r["url"] for r in failures if r["spider"] == "article" and r["article_id"] and r["url"]}
    # an article asked for by a URL (Eastmoney, share page) is asked for by that URL again, so it keeps it
    targets: dict[str, str] = {}
    for r in failures:
        if r["article_id"] and r["id"] not in pages:
            given = r["given_url"] if _names_code(r["given_url"], r["article_id"]) else None
            targets[r["article_id"]] = given or targets.get(r["article_id"]) or r["article_id"]
    # a page of the site spider (post or category page) has no id before it is parsed: its URL is restarted
    site_rows = {r["id"]: r["url"] for r in failures if r["spider"] == "site" and r["stage"] != "input"
                 and not r["article_id"] and (r["url"] or "").startswith(("http://", "https://"))}
    # a list page is fetched again as that page (finews_list -a pages=…), which then pages on from there
    list_rows = {r["id"]: r["url"] for r in failures if r["stage"] == "list" and not r["article_id"]
                 and (r["url"] or "").startswith(("http://", "https://"))}
    codes, urls, site_urls = sorted(targets.values()), sorted(set(pages.values())), sorted(set(site_rows.values()))
    list_urls = sorted(set(list_rows.values()))
    jobs = (([("finews", {"urls": " ".join(codes)})] if codes else [])
            + ([("article", {"urls": " ".join(urls)})] if urls else [])
            + ([("site", {"start": " ".join(site_urls)})] if site_urls else [])
            + ([("finews_list", {"pages": " ".join(list_urls)})] if list_urls else []))
    by_article = [r["id"] for r in failures if r["article_id"]]
    replaced = [r["id"] for r in failures if r["id"] in list_rows or r["id"] in site_rows]
    stuck = [r for r in failures if not r["article_id"] and r["id"] not in list_rows and r["id"] not in site_rows]
    return RetryPlan(jobs, by_article, replaced, stuck, held)


def robots_ignored(settings: dict[str, str]) -> bool:
    """``-s ROBOTSTXT_OBEY=False`` (or 0) was given: a page robots.txt disallowed can be fetched now.

    Raises ValueError for a value that is no boolean (as Scrapy's ``getbool`` would)."""
    value = settings.get("ROBOTSTXT_OBEY")
    if value is None:
        return False
    word = str(value).strip().lower()
    if word not in ("true", "false", "1", "0"):
        raise ValueError(f"ROBOTSTXT_OBEY={value!r} is no boolean (True/False or 1/0)")
    return word in ("false", "0")


def held_line(held: list[dict[str, Any]]) -> str | None:
    """The line saying how many failures were left out and why (None when none were)."""
    if not held:
        return None
    return (f"left out {len(held)} {'failure' if len(held) == 1 else 'failures'} of pages the site's robots.txt "
            "disallows (reason robots_txt; kept in failures): they would only fail again; retry them with "
            "-s ROBOTSTXT_OBEY=False, or with --robots-txt once the site allows them")


def _names_code(url: str | None, code: str) -> bool:
    """``url`` is a finews target for the article ``code`` (what the finews spider accepts for it)."""
    if not url:
        return False
    try:
        return parse_target(url).code == code
    except PageError:
        return False
