"""newscrawl.settings_check: kinds from newscrawl/settings.py, ranges and formats, did-you-mean for unknown names."""
from __future__ import annotations

import pytest

from newscrawl import settings as defaults
from newscrawl.settings_check import KINDS, bad_values, spider_problem, unknown_names


def test_every_default_of_ours_passes_and_is_known():
    ours = {k: v for k, v in vars(defaults).items() if k.startswith(("FINEWS_", "NEWSCRAWL_"))}
    assert ours and set(ours) <= set(KINDS)
    assert bad_values(ours) == []
    assert unknown_names(ours) == []


def test_kinds_come_from_the_defaults():
    assert KINDS["FINEWS_LIST_MAX_PAGES"] is int and KINDS["NEWSCRAWL_KEEP_RAW"] is bool
    assert KINDS["NEWSCRAWL_REFRESH_AFTER"] is float           # default 0, read with getfloat
    assert KINDS["NEWSCRAWL_REPRINTS_ENABLED"] is bool         # declared in settings.py, read in pipelines/reprints.py


@pytest.mark.parametrize("name, value", [
    ("NEWSCRAWL_MAX_FAILURE_RATE", "0.25"), ("NEWSCRAWL_MAX_FAILURE_RATE", "1"), ("FINEWS_LIST_MAX_PAGES", "3"),
    ("NEWSCRAWL_KEEP_RAW", "false"), ("NEWSCRAWL_PIPELINE_PROCESS", "1"), ("NEWSCRAWL_REFRESH_AFTER", "3600.5"),
    ("FINEWS_BASE_URL", "http://127.0.0.1:8765"), ("FINEWS_LIST_APIS", "/a?x=1,http://127.0.0.1:9/b"),
    ("FINEWS_TEXT_PATH", "/t?id={code}"), ("NEWSCRAWL_REDIS_URL", "redis://127.0.0.1:6379/1"),
    ("LOG_LEVEL", "nonsense"),                                  # not ours: Scrapy's business
])
def test_good_values_pass(name, value):
    assert bad_values({name: value}) == []


@pytest.mark.parametrize("name, value, want", [
    ("NEWSCRAWL_MAX_FAILURE_RATE", "abc", "a number from 0 to 1"),
    ("NEWSCRAWL_MAX_FAILURE_RATE", "1.5", "a number from 0 to 1"),
    ("NEWSCRAWL_MAX_FAILURE_RATE", "nan", "a number from 0 to 1"),
    ("FINEWS_LIST_MAX_PAGES", "x", "a whole number ≥ 1"),
    ("FINEWS_LIST_MAX_PAGES", "0", "a whole number ≥ 1"),
    ("FINEWS_LIST_MAX_PAGES", "2.5", "a whole number ≥ 1"),
    ("NEWSCRAWL_KEEP_RAW", "maybe", "true/false or 1/0"),
    ("NEWSCRAWL_COMMIT_EVERY", "-1", "a whole number ≥ 1"),
    ("FINEWS_BASE_URL", "127.0.0.1:8765", "an http(s) URL"),
    ("FINEWS_TEXT_PATH", "/t?id={id}", "a path with {code}"),
    ("FINEWS_SHARE_PATH", "/s?c={code", "a path with {code}"),
    ("FINEWS_LIST_APIS", "web/webapi?type=1", "paths starting with / or http(s) URLs"),
    ("NEWSCRAWL_REDIS_URL", "127.0.0.1:6379", "a redis://, rediss:// or unix:// URL"),
])
def test_bad_values_give_one_line_each(name, value, want):
    assert bad_values({name: value, "NEWSCRAWL_DB": "x.db"}) == [f"bad setting {name}={value!r}: want {want}"]


def test_unknown_names_of_ours_get_a_did_you_mean():
    assert unknown_names(["FINEWS_BASEURL", "LOG_LEVEL", "FINEWS_BASE_URL"]) == [
        "unknown setting FINEWS_BASEURL; did you mean FINEWS_BASE_URL?"]
    assert unknown_names(["finews_base_url"]) == ["unknown setting finews_base_url; did you mean FINEWS_BASE_URL?"]
    assert unknown_names(["NEWSCRAWL_ZZZZZZZZZZZZZZZZZZZZ"]) == [
        "unknown setting NEWSCRAWL_ZZZZZZZZZZZZZZZZZZZZ (docs/settings.md lists ours)"]


def test_spider_problem():
    spiders = ["article", "finews", "finews_list", "posts", "site"]
    assert spider_problem("finews", spiders) is None
    assert spider_problem("finew", spiders) == (
        "no spider 'finew'; did you mean 'finews'? spiders: article, finews, finews_list, posts, site")
    assert spider_problem("zzz", spiders) == "no spider 'zzz'; spiders: article, finews, finews_list, posts, site"
