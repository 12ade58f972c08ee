"""Date classes found on benchmarks/fresh_sites (issue 14), on synthetic pages: a yearless or ``昨天`` time shown
by the title takes its year (or day) from a meta time of the same minute under any key; a platform may label
its publication time an update (百家号's ``itemprop="dateUpdate"``). A meta time of another minute lends nothing."""
from __future__ import annotations

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.dates import meta_clock_times, same_minute

PARAS = "".join(f"<p>{p}</p>" for p in (
    "北岸社区近日开设了一间共享工具屋，居民凭借借阅卡就能借用电钻、梯子、园艺剪等常用工具。",
    "工具屋由社区志愿者轮流值守，每件工具都贴有编号，借出和归还都会登记，损坏的由志愿者统一维修。",
    "开放一个月以来，工具屋已累计借出工具四百余次，最受欢迎的是电钻和折叠梯。",
    "社区负责人说，很多工具一年只用一两次，共享起来既省钱，也让邻里之间多了走动和交流。",
))


def page(meta: str, shown: str) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>社区开设共享工具屋</title>{meta}</head>
<body><div class="nav"><a href="/">首页</a> <a href="/c">社区</a></div><div class="main"><h1>社区开设共享工具屋</h1>
<div class="author-box"><a href="/u/1">北岸生活记</a><span>发布时间: {shown}</span></div>
<div class="article">{PARAS}</div></div></body></html>"""


def test_yearless_shown_time_takes_the_year_of_an_update_meta_of_the_same_minute():
    r = extract(page('<meta itemprop="dateUpdate" content="2021-11-05 16:42:09">', "11-05 16:42"))
    assert r["published_at"] == "2021-11-05T16:42:09+08:00"
    assert r["published_at_from"] == "shown+anchor"


def test_yesterday_shown_takes_the_day_of_a_modified_meta_of_the_same_minute():
    r = extract(page('<meta property="article:modified_time" content="2021-11-05T08:42:09Z">', "昨天 16:42"))
    assert r["published_at"] == "2021-11-05T16:42:09+08:00"


def test_a_meta_time_of_another_minute_lends_no_year():
    r = extract(page('<meta itemprop="dateUpdate" content="2021-11-05 18:03:00">', "11-05 16:42"))
    assert r["published_at"] is None


def test_meta_clock_times_and_same_minute():
    meta = {"viewport": "width=device-width", "dateupdate": "2021-11-05 16:42:09", "keywords": "工具,社区",
            "date": "2021-11-05", "x": "2021-11-06 16:42"}
    isos = meta_clock_times(meta)
    assert isos == ["2021-11-05T16:42:09+08:00", "2021-11-06T16:42:00+08:00"]
    assert same_minute(("md", (11, 5, 16, 42)), isos) == ["2021-11-05T16:42:09+08:00"]
    assert same_minute(("rel", (16, 42)), isos) == isos
    assert same_minute(("rel", ()), isos) == []


def test_yearless_time_in_an_info_box_taken_into_the_body_container():
    # 百家号-like markup; the headline's punctuation scores it into the container, so the account box (name,
    # yearless time, follow button) opens the body instead of standing between the title and the body
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>社区开设“共享工具屋”：邻里借还更方便</title>
<meta itemprop="dateUpdate" content="2021-11-05 16:42:09"></head><body><div id="header"><a href="/">首页</a> <a>登录</a></div>
<div id="ssr-content"><div class="m-articleWrap"><div class="m-articleTitle"><h1>社区开设“共享工具屋”：邻里借还更方便</h1></div>
<div class="m-articleSource"><div class="m-authorTxt"><a class="m-authorName" href="/home?id=1">北岸生活记</a>
<div class="m-authorTime"><span class="m-date">发布时间: 11-05 16:42</span><span class="m-location">湖南</span></div></div>
<div class="m-follow">+关注</div></div>
<div data-testid="article" class="_x1">{PARAS}</div>
<div class="m-footer"><span>举报/反馈</span></div></div>
<div class="m-sidebar"><h3>作者最新文章</h3><ul><li><a>老街早餐店的三十年</a><span>11-03</span></li></ul></div></div>
</body></html>"""
    r = extract(html, rules={})
    assert r["published_at"] == "2021-11-05T16:42:09+08:00"


def test_a_weekday_between_the_date_and_its_time_keeps_the_time():
    # info bars such as ``2021年11月05日 星期五 16:42 | 来源：…`` (a date-only meta must not win on precision)
    for shown in ("2021年11月05日 星期五 16:42", "2021-11-05 周五 16:42", "2021年11月5日（星期五）16:42"):
        r = extract(page('<meta name="publishdate" content="2021-11-05">', shown))
        assert r["published_at"] == "2021-11-05T16:42:00+08:00", shown
    # a weekday with no time after it: the day alone, as shown
    assert extract(page("", "2021年11月05日 星期五"))["published_at"] == "2021-11-05T00:00:00+08:00"
