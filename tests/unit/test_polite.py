"""Politeness on the open web (issue 15): the settings the article and site spiders run with, and the
robots.txt failure reason."""
from __future__ import annotations

import pytest
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.settings import Settings
from twisted.python.failure import Failure

from newscrawl.spiders.article import ArticleSpider
from newscrawl.spiders.base import failure_reason
from newscrawl.spiders.finews_list import FinewsList
from newscrawl.spiders.polite import user_agent
from newscrawl.spiders.site import SiteSpider


def spider_settings(spidercls: type, **cmdline: object) -> Settings:
    settings = Settings()
    settings.setmodule("newscrawl.settings", priority="project")
    settings.setdict(cmdline, priority="cmdline")
    spidercls.update_settings(settings)
    return settings


@pytest.mark.parametrize("spidercls", [ArticleSpider, SiteSpider])
def test_open_web_spiders_are_polite_by_default(spidercls: type) -> None:
    s = spider_settings(spidercls)
    assert s.getbool("ROBOTSTXT_OBEY") and s.getbool("AUTOTHROTTLE_ENABLED")
    assert s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 2 and s.getfloat("DOWNLOAD_DELAY") == 1.0
    assert s.getfloat("AUTOTHROTTLE_START_DELAY") == 2.0 and s.getfloat("AUTOTHROTTLE_TARGET_CONCURRENCY") == 1.0


def test_the_command_line_wins_and_the_contact_goes_into_the_user_agent() -> None:
    s = spider_settings(ArticleSpider, ROBOTSTXT_OBEY="False", DOWNLOAD_DELAY="0",
                        NEWSCRAWL_CONTACT_URL="mailto:news@example.org")
    assert not s.getbool("ROBOTSTXT_OBEY") and s.getfloat("DOWNLOAD_DELAY") == 0 and s.getbool("AUTOTHROTTLE_ENABLED")
    assert s.get("USER_AGENT") == "newscrawl/0.1 (+mailto:news@example.org; Chinese local news research crawler)"
    assert spider_settings(SiteSpider, USER_AGENT="mine/1").get("USER_AGENT") == "mine/1"


def test_finews_spiders_keep_the_api_settings() -> None:
    s = spider_settings(FinewsList)
    assert not s.getbool("ROBOTSTXT_OBEY") and not s.getbool("AUTOTHROTTLE_ENABLED")
    assert s.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 8


@pytest.mark.parametrize("base, contact, expected", [
    ("newscrawl/0.1 (research)", "https://x.org/bot", "newscrawl/0.1 (+https://x.org/bot; research)"),
    ("newscrawl/0.1 (research)", "", "newscrawl/0.1 (research)"),
    ("bot/1", " https://x.org ", "bot/1 (+https://x.org)"),
    ("bot/1", "https://x.org/a b\r\nX-Evil: 1", "bot/1 (+https://x.org/a%20b%0D%0AX-Evil:%201)"),   # one header line
])
def test_user_agent(base: str, contact: str, expected: str) -> None:
    assert user_agent(base, contact) == expected


def test_robots_txt_failure_reason() -> None:
    failure = Failure(IgnoreRequest("Forbidden by robots.txt"))
    failure.request = Request("http://news.example.cn/private/1.html")
    reason, detail = failure_reason(failure)
    assert reason == "robots_txt" and "ROBOTSTXT_OBEY" in detail
    assert failure_reason(Failure(IgnoreRequest("offsite")))[0] == "IgnoreRequest"
