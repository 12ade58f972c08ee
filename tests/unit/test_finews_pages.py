"""newscrawl.pages.finews: targets, list APIs, the text API and share pages."""
from __future__ import annotations

import json

import pytest

from newscrawl.pages import PageError
from newscrawl.pages.finews import (
    Target,
    parse_list_response,
    parse_share_page,
    parse_target,
    parse_text_response,
    read_targets,
)


@pytest.mark.parametrize("raw, expected", [
    ("http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112312232633030",
     Target("NW202112312232633030", "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112312232633030")),
    ("http://hk.eastmoney.com/news/1533,202112082206742097.html",
     Target("202112082206742097", "http://hk.eastmoney.com/news/1533,202112082206742097.html")),
    ("http://finance.eastmoney.com/a/202112082206742097.html",
     Target("202112082206742097", "http://finance.eastmoney.com/a/202112082206742097.html")),
    ("NW202112312232633030", Target("NW202112312232633030")),
    ("  202112082206742097 ", Target("202112082206742097")),
    ("http://finews.zning.xyz/NewsData/GetNewsText.do?id=202112082206742097",
     Target("202112082206742097", "http://finews.zning.xyz/NewsData/GetNewsText.do?id=202112082206742097")),
    ("//finews.withounder.com/emnews/2021/12/08/202112082206742097.html",
     Target("202112082206742097", "//finews.withounder.com/emnews/2021/12/08/202112082206742097.html")),
])
def test_parse_target(raw: str, expected: Target) -> None:
    assert parse_target(raw) == expected


@pytest.mark.parametrize("raw", ["", "   ", "NW12x", "hello", "http://example.com/a.html",
                                 "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=abc",
                                 "ftp://x/1533,202112082206742097.html", "NW2021"])
def test_bad_targets(raw: str) -> None:
    with pytest.raises(PageError) as exc:
        parse_target(raw)
    assert exc.value.reason == "bad_target"


def test_read_targets_drops_comments_and_keeps_fragments() -> None:
    lines = ["# urls", "", "NW202112312232633030  # the seed", "http://x/news/1533,202112082206742097.html#top", "  "]
    assert read_targets(lines) == ["NW202112312232633030", "http://x/news/1533,202112082206742097.html#top"]


def test_list_shapes() -> None:
    market = {"rc": 1, "record": [{"infoCode": "NW202112312232633030", "title": "标题", "datetime": "2021-12-31 11:38:35",
                                   "medianame": "南通日报"}]}
    node = {"nodeList": [{"infocode": "202112082206742097", "title": "北向资金", "showtime": "2021-12-08 10:40:58",
                          "from": "证券时报", "simtitle": "", "simdigest": "摘要"}]}
    records = {"records": [{"infoCode": "202112082206742097", "id": "x", "title": "t", "showtime": "",
                            "digest": "", "url_w": "http://finance.eastmoney.com/a/202112082206742097.html"}]}
    (m,) = parse_list_response(json.dumps(market, ensure_ascii=False).encode())
    assert m["code"] == "NW202112312232633030" and m["media"] == "南通日报" and m["published"] == "2021-12-31 11:38:35"
    (n,) = parse_list_response(json.dumps(node))
    assert (n["code"], n["source"], n["digest"]) == ("202112082206742097", "证券时报", "摘要")
    (r,) = parse_list_response(json.dumps(records))
    assert r["published"] is None and r["url"].endswith("202112082206742097.html")


@pytest.mark.parametrize("body, reason", [
    (b"", "empty_body"), (b"   \n", "empty_body"), (b"{\"record\": [", "invalid_json"), (b"<html>502</html>", "invalid_json"),
    (b'{"IsSuccess": false, "Message": "busy"}', "api_error"), (b'{"error": "forbidden"}', "api_error"),
    (b'{"code": 500, "msg": "oops"}', "api_error"), (b'{"something": 1}', "unexpected_json"),
])
def test_list_errors(body: bytes, reason: str) -> None:
    with pytest.raises(PageError) as exc:
        parse_list_response(body)
    assert exc.value.reason == reason


def test_text_response_fields_and_variants() -> None:
    data = {"code": 0, "title": "标题", "showtime": "2021-12-31 11:38:35", "medianame": "南通日报", "text": "<p>正文</p>"}
    fields = parse_text_response(json.dumps(data, ensure_ascii=False).encode("utf-8"))
    assert fields == {"html": "<p>正文</p>", "title": "标题", "published": "2021-12-31 11:38:35",
                      "media": "南通日报", "source": None, "url": None}
    assert parse_text_response('{"content": "<p>x</p>"}')["html"] == "<p>x</p>"
    assert parse_text_response('{"data": {"text": "<p>y</p>", "title": "t"}}')["title"] == "t"
    assert parse_text_response("\ufeff" + '{"text": "<p>z</p>"}')["html"] == "<p>z</p>"


@pytest.mark.parametrize("body, reason", [
    (b'{"text": ""}', "no_article_text"), (b'{"title": "t"}', "no_article_text"), (b"[1, 2]", "unexpected_json"),
    (b'{"IsSuccess": false, "Message": "\xe7\xb3\xbb\xe7\xbb\x9f\xe7\xb9\x81\xe5\xbf\x99"}', "api_error"),
    (b'{"text": "<p>cut', "invalid_json"), (b"", "empty_body"),
])
def test_text_errors(body: bytes, reason: str) -> None:
    with pytest.raises(PageError) as exc:
        parse_text_response(body)
    assert exc.value.reason == reason


def test_share_page_shell_and_full() -> None:
    shell = '<html><body><div id="newsTitle"></div><div id="ContentBody"></div><script>fetch(x)</script></body></html>'
    assert parse_share_page(shell) is None
    full = ('<html><head><title>资讯分享</title></head><body><h1 id="newsTitle">海门新闻</h1>'
            '<span id="newsTime">2021-12-31 11:38:35</span><div id="ContentBody"><p>随着党的十九届六中全会及省、'
            '市党代会的召开，海门全区上下迅速掀起学习贯彻会议精神热潮。</p></div></body></html>')
    fields = parse_share_page(full)
    assert fields["title"] == "海门新闻" and fields["published"] == "2021-12-31 11:38:35"
    assert fields["html"].startswith("<p>随着")


def test_finews_targets_split_on_commas_but_not_inside_an_eastmoney_url() -> None:
    from newscrawl.spiders.finews import FinewsArticles

    em = "http://finance.eastmoney.com/news/1355,202112082206735975.html"
    share = "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112312232633030"
    spider = FinewsArticles(urls=f"{share},{em},NW202112312232633030, 202112082206742097 {em}")
    assert spider.targets() == [share, em, "NW202112312232633030", "202112082206742097", em]
