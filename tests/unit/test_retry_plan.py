"""newscrawl.cli.retry.retry_plan: which spider fetches each failure again, and by what."""
from __future__ import annotations

import pytest

from newscrawl.cli.retry import held_line, retry_plan, robots_ignored

EM = "http://finance.eastmoney.com/news/1355,202112082206735975.html"


def row(i: int, spider: str, stage: str, url: str | None, article_id: str | None = None,
        given_url: str | None = None) -> dict:
    return {"id": i, "spider": spider, "stage": stage, "url": url, "article_id": article_id, "given_url": given_url}


def test_each_failure_goes_to_the_spider_that_can_fetch_it_again() -> None:
    failures = [
        row(1, "finews", "fetch", "http://r/GetNewsText.do?id=202112082206735975", "202112082206735975", EM),
        row(2, "finews_list", "fetch", "http://r/GetNewsText.do?id=NW202112312232633030", "NW202112312232633030"),
        row(3, "finews", "fetch", "http://r/GetNewsText.do?id=NW202112312232633031", "NW202112312232633031",
            "http://other/not-this-article/NW202112312232633030.html"),    # names another code: by infoCode
        row(4, "article", "fetch", "http://site.cn/a/1.html", "U047c68b993459117326"),
        row(5, "site", "fetch", "http://blog/nantongribao/2021/12/31/x.html"),
        row(6, "site", "fetch", "http://blog/category/emnews.html"),
        row(7, "finews_list", "list", "http://r/list?marketType=38&pageindex=2"),
        row(8, "finews", "input", "NW12x"),
        row(9, "site", "input", "not-a-url"),
        row(10, "finews_list", "list", "http://r/list?marketType=37&pageindex=1"),
        row(11, "finews_list", "list", "http://r/list?marketType=38&pageindex=2"),     # the same page again
    ]
    plan = retry_plan(failures)
    assert plan.jobs == [
        ("finews", {"urls": " ".join(sorted([EM, "NW202112312232633030", "NW202112312232633031"]))}),
        ("article", {"urls": "http://site.cn/a/1.html"}),
        ("site", {"start": "http://blog/category/emnews.html http://blog/nantongribao/2021/12/31/x.html"}),
        # each failed list page as that page, not a walk from page 1 (which stopped before it: nothing new)
        ("finews_list", {"pages": "http://r/list?marketType=37&pageindex=1 http://r/list?marketType=38&pageindex=2"}),
    ]
    assert plan.by_article == [1, 2, 3, 4] and plan.replaced == [5, 6, 7, 10, 11]
    assert [r["id"] for r in plan.stuck] == [8, 9]


def test_nothing_to_retry() -> None:
    plan = retry_plan([row(1, "finews", "input", "NW12x")])
    assert (plan.jobs, plan.by_article, plan.replaced, [r["id"] for r in plan.stuck]) == ([], [], [], [1])


def test_a_failed_list_page_url_maps_back_to_its_configured_api() -> None:
    """finews_list -a pages=…: the page number, and the configured API on today's host (the failure row
    may name an earlier host or port)."""
    from newscrawl.spiders.finews_list import match_api, split_page

    apis = {"/x/webapi?marketType=37&count=4": "http://new:2/x/webapi?marketType=37&count=4",
            "/x/webapi?marketType=38&count=4": "http://new:2/x/webapi?marketType=38&count=4"}
    old = "http://old:1/x/webapi?marketType=38&count=4&pageindex=3"
    assert split_page(old, "pageindex") == ("http://old:1/x/webapi?marketType=38&count=4", 3)
    assert split_page("http://h/l?pageindex=x", "pageindex") == ("http://h/l", 1)
    assert match_api(old, apis, "pageindex") == ("/x/webapi?marketType=38&count=4",
                                                 "http://new:2/x/webapi?marketType=38&count=4")
    other = "http://old:1/y/list?count=4&pageindex=2"
    assert match_api(other, apis, "pageindex") == ("http://old:1/y/list?count=4", "http://old:1/y/list?count=4")


def test_pages_robots_txt_disallows_are_held_back_unless_asked_for() -> None:
    """A robots_txt failure fails again while robots.txt is obeyed: left out (and kept) by default, retried
    only with robots=True (--robots-txt, -s ROBOTSTXT_OBEY=False)."""
    banned = {**row(1, "article", "fetch", "http://site.cn/private/1.html", "U047c68b993459117326"),
              "reason": "robots_txt"}
    post = {**row(2, "site", "fetch", "http://blog/x/2021/12/31/a.html"), "reason": "robots_txt"}
    other = {**row(3, "article", "fetch", "http://site.cn/a/3.html", "U1111111111111111111"), "reason": "http_500"}
    plan = retry_plan([banned, post, other])
    assert plan.jobs == [("article", {"urls": "http://site.cn/a/3.html"})]
    assert [r["id"] for r in plan.held] == [1, 2] and plan.by_article == [3] and plan.replaced == [] == plan.stuck
    assert held_line(plan.held).startswith("left out 2 failures of pages the site's robots.txt disallows")
    assert held_line([]) is None
    asked = retry_plan([banned, post, other], robots=True)
    assert asked.jobs == [("article", {"urls": "http://site.cn/a/3.html http://site.cn/private/1.html"}),
                          ("site", {"start": "http://blog/x/2021/12/31/a.html"})]
    assert asked.held == [] and asked.by_article == [1, 3] and asked.replaced == [2]
    assert robots_ignored({"ROBOTSTXT_OBEY": "False"}) and robots_ignored({"ROBOTSTXT_OBEY": "0"})
    assert not robots_ignored({}) and not robots_ignored({"ROBOTSTXT_OBEY": "True"})
    with pytest.raises(ValueError, match="no boolean"):
        robots_ignored({"ROBOTSTXT_OBEY": "maybe"})


def test_retry_failures_refuses_a_bad_robotstxt_obey_with_robots_txt_too(tmp_path) -> None:
    """-s ROBOTSTXT_OBEY=maybe is a usage error before the database is opened, with or without --robots-txt."""
    from click.testing import CliRunner

    from newscrawl.cli.main import cli

    for extra in ([], ["--robots-txt"]):
        result = CliRunner().invoke(cli, ["retry-failures", "--db", str(tmp_path / "none.db"),
                                          "-s", "ROBOTSTXT_OBEY=maybe", *extra])
        assert result.exit_code == 2, (extra, result.output)
        assert "no boolean" in result.output
