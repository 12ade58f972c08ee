"""The publication date of generic pages (newscrawl.pages.generic.dates), one class of pages per test, on
small synthetic pages: inline-script times, yearless and relative shown times, shown vs meta time, dates
that are not the publication's, dates split over elements; with the source and confidence returned."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.dates import (
    best_script_date,
    resolve_partial,
    script_dates,
    shown_partial,
    split_date,
    url_date,
)

TITLE = "青山镇启动春季植树活动"
PARAS = "".join(f"<p>{p}</p>" for p in (
    "三月中旬，青山镇组织干部群众在河堤两岸开展春季植树活动，共栽种各类苗木三千余株。",
    "镇政府负责人介绍，今年将继续推进国土绿化行动，力争全年新增绿化面积五百亩以上。",
    "活动现场，志愿者们挥锹铲土、扶苗填坑，一派热火朝天的劳动景象，吸引了不少村民参与。",
    "据了解，青山镇近年来累计植树超过十万株，森林覆盖率逐年提高，生态环境持续改善。",
))


def page(head: str = "", info: str = "", scripts: str = "", after: str = "", title: str = TITLE) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_青山新闻网</title>{head}</head>
<body><div class="nav"><a href="/">首页</a> <a href="/n">新闻</a> <a href="/about">关于</a></div>
<div class="main"><h1>{title}</h1>{info}
<div class="article-content">{PARAS}</div>{after}</div>{scripts}</body></html>"""


def date_of(html: str, url: str | None = None) -> tuple[str | None, str | None]:
    r = extract(html, url)
    assert 0.0 <= r["published_at_confidence"] <= 1.0
    return r["published_at"], r["published_at_from"]


# --- inline-script times ----------------------------------------------------------------------------

def test_wechat_style_unix_seconds_in_a_script_variable():
    scripts = '<script>var nickname = "青山发布"; var ct = "1586339400"; var msg_title = "x";</script>'
    assert date_of(page(info='<em id="publish_time"></em>', scripts=scripts)) == (
        "2020-04-08T17:50:00+08:00", "script")


def test_shown_date_only_takes_the_same_day_script_time():
    scripts = '<script>var ct = "1586339400";var publish_time = "2020-04-08" || "";</script>'
    iso, source = date_of(page(info='<em id="publish_time">2020-04-08</em>', scripts=scripts))
    assert (iso, source) == ("2020-04-08T17:50:00+08:00", "shown+script")


def test_json_state_takes_the_object_holding_the_title_not_the_related_list():
    state = ('{"detail": {"data": {"related": [{"title": "邻镇举办马拉松", "publishDate": "2020-03-01T02:00:00Z"},'
             ' {"title": "县城新开两条公交线路", "publishDate": "2020-03-02T03:00:00Z"}],'
             f' "title": "{TITLE}", "publishDate": "2020-03-15T02:20:00.000Z", "updatedAt": "2020-03-16T02:00:00Z"'
             '}}}')
    scripts = f"<script>window.__INITIAL_STATE__ = {state};</script>"
    assert date_of(page(scripts=scripts)) == ("2020-03-15T10:20:00+08:00", "script")


def test_script_times_of_several_articles_without_the_title_are_refused():
    scripts = ('<script>var list = [{"pubtime": "2020-03-01 08:00:00"}, {"pubtime": "2020-03-02 09:00:00"}];'
               '</script>')
    assert date_of(page(scripts=scripts)) == (None, None)


@pytest.mark.parametrize("key", ["updateTime", "modified_time", "commentTime", "lastReplyTime", "time"])
def test_script_keys_that_are_not_the_publication_are_ignored(key):
    scripts = f'<script>var data = {{"{key}": "2020-03-16 08:00:00", "name": "x"}};</script>'
    assert date_of(page(scripts=scripts)) == (None, None)


def test_script_time_in_milliseconds_and_create_time_as_last_resort():
    scripts = '<script>var article = {"id": 12, "createTime": 1584238800000};</script>'
    assert date_of(page(scripts=scripts))[0] == "2020-03-15T10:20:00+08:00"


def test_script_dates_ranks_keys_and_prefers_the_titled_object():
    html = (f'<script>var a = {{"title": "{TITLE}", "ctime": 1584238800, "publish_time": "2020-03-15"}};'
            '</script><script type="application/ld+json">{"datePublished": "2001-01-01"}</script>')
    found = script_dates(html, TITLE)
    assert {s.iso[:10] for s in found} == {"2020-03-15"} and all(s.titled for s in found)
    best = best_script_date(found)
    assert best.iso == "2020-03-15T10:20:00+08:00" and best.source == "script"


# --- yearless and relative shown times --------------------------------------------------------------

def test_yearless_shown_time_takes_the_year_of_a_meta_time_of_the_same_day():
    head = '<meta property="article:published_time" content="2020-03-15T09:00:00+08:00">'
    iso, source = date_of(page(head=head, info='<div class="info">百家号 03-15 10:20</div>'))
    assert iso == "2020-03-15T10:20:00+08:00" and source == "shown+anchor"


def test_yearless_shown_time_split_over_two_elements_and_chinese_form():
    scripts = '<script>window.DATA = {"pubtime": "2020-03-15 10:20:31"};</script>'
    info = '<div class="info"><span>发布时间：03-15</span><span>10:20</span></div>'
    assert date_of(page(info=info, scripts=scripts))[0] == "2020-03-15T10:20:31+08:00"
    info = '<div class="info">3月15日 10:20</div>'
    assert date_of(page(info=info, scripts=scripts))[0] == "2020-03-15T10:20:31+08:00"


def test_yearless_shown_time_completed_from_the_url_else_left_out():
    html = page(info='<div class="info">03-15 10:20</div>')
    assert date_of(html, "https://news.example.cn/2020/0315/a1.html") == ("2020-03-15T10:20:00+08:00", "shown+url")
    assert date_of(html, "https://news.example.cn/a/20200315A0B1C2.html")[0] == "2020-03-15T10:20:00+08:00"
    # another month in the URL, or no URL: no year is guessed (never today's)
    assert date_of(html, "https://news.example.cn/2020/0401/a1.html")[0] is None
    assert date_of(html) == (None, None)


@pytest.mark.parametrize("shown", ["昨天 10:20", "前天 10:20", "3小时前", "25分钟前", "刚刚"])
def test_relative_shown_time_comes_from_the_script_or_meta_time(shown):
    scripts = '<script>var a = {"publishTime": "2020-03-15 10:20:08"};</script>'
    assert date_of(page(info=f'<div class="info">{shown}</div>', scripts=scripts))[0] == "2020-03-15T10:20:08+08:00"
    head = '<meta name="pubdate" content="2020-03-15 10:20:08">'
    assert date_of(page(head=head, info=f'<div class="info">{shown}</div>'))[0] == "2020-03-15T10:20:08+08:00"
    # nothing absolute on the page: no date (the wall clock is never read)
    assert date_of(page(info=f'<div class="info">{shown}</div>')) == (None, None)


def test_relative_time_picks_the_script_time_with_the_same_clock_time():
    anchors = ["2020-03-14T08:00:00+08:00", "2020-03-15T10:20:08+08:00"]
    assert resolve_partial(("rel", (10, 20)), anchors, None).iso == "2020-03-15T10:20:08+08:00"
    assert resolve_partial(("rel", (11, 0)), anchors, None).iso is None


def test_shown_partial_forms():
    assert shown_partial(["来源：青山发布 03-15 10:20"]) == ("md", (3, 15, 10, 20))
    assert shown_partial(["3月15日 10:20:05"]) == ("md", (3, 15, 10, 20, 5))
    assert shown_partial(["昨天 09:05"]) == ("rel", (9, 5))
    assert shown_partial(["2小时前"]) == ("rel", ())
    assert shown_partial(["注册时间：03-15 10:20"]) is None
    assert shown_partial(["13-45 10:20", "无日期"]) is None


@pytest.mark.parametrize("url, expected", [
    ("https://a.example.cn/2020/0315/x.html", (2020, 3, 15)),
    ("https://a.example.cn/gj/202405/t20240520_1.htm", (2024, 5, 20)),
    ("http://a.example.cn/2024-05/13/content_1.shtml", (2024, 5, 13)),
    ("https://a.example.cn/2019-09-26/198678130.html", (2019, 9, 26)),
    ("https://a.example.cn/a/202003/x.html", (2020, 3, None)),
    ("https://a.example.cn/a/7367007067191640576/", None),
    ("https://a.example.cn/s?id=20200315", None),
    (None, None),
])
def test_url_date(url, expected):
    assert url_date(url) == expected


def test_url_date_is_the_last_resort_at_day_precision():
    assert date_of(page(), "https://a.example.cn/2020/0315/x.html") == ("2020-03-15T00:00:00+08:00", "url")


# --- shown vs meta -----------------------------------------------------------------------------------

def test_shown_time_beats_a_different_meta_time():
    head = '<meta property="article:published_time" content="2020-03-15T21:30:50+08:00">'
    info = '<div class="info">2020-03-15 19:02　来源：青山日报</div>'
    assert date_of(page(head=head, info=info)) == ("2020-03-15T19:02:00+08:00", "shown")


def test_date_only_shown_keeps_the_meta_time_of_that_day():
    """The scorer checks a gold only as far as it goes, so the meta's clock time on the shown day is harmless
    for a date-only label and kept for the crawl."""
    head = '<meta name="publishdate" content="2020-03-15 19:02:26">'
    iso, source = date_of(page(head=head, info='<div class="info">2020-03-15</div>'))
    assert iso == "2020-03-15T19:02:26+08:00" and source == "meta+shown"


def test_meta_alone_and_agreeing_sources_have_a_higher_confidence():
    head = '<meta name="publishdate" content="2020-03-15 19:02:26">'
    alone = extract(page(head=head))
    both = extract(page(head=head, info='<div class="info">2020-03-15 19:02</div>'))
    assert alone["published_at"] == both["published_at"] == "2020-03-15T19:02:26+08:00"
    assert alone["published_at_from"] == "meta"
    assert both["published_at_confidence"] > alone["published_at_confidence"]


def test_relative_or_yearless_meta_value_is_not_read_against_the_clock():
    head = '<meta name="pubdate" content="3小时前"><meta name="publishdate" content="12-31 10:00">'
    assert date_of(page(head=head)) == (None, None)


# --- dates that are not the publication's -----------------------------------------------------------

def test_registration_and_login_dates_are_skipped():
    info = '<div class="user">注册时间：2008-05-01 最后登录：2020-03-20 12:00</div><div>发表于 2020-03-15 10:20</div>'
    assert date_of(page(info=info))[0] == "2020-03-15T10:20:00+08:00"
    info = '<div class="user">注册时间：2008-05-01</div><div>2020-03-15 10:20</div>'
    assert date_of(page(info=info))[0] == "2020-03-15T10:20:00+08:00"


def test_update_time_only_when_nothing_else_is_shown():
    info = '<div class="info">更新时间：2020-03-16 08:00 发布时间：2020-03-15 10:20</div>'
    assert date_of(page(info=info))[0] == "2020-03-15T10:20:00+08:00"
    head = '<meta name="publishdate" content="2020-03-15 10:20:00">'
    # the only time shown by the title is the update time: a shown time beats meta (docs/extraction.md)
    assert date_of(page(head=head, info='<div class="info">最后更新：2020-03-16 08:00</div>')) == (
        "2020-03-16T08:00:00+08:00", "shown-modified")
    assert date_of(page(info='<div class="info">更新时间：2020-03-16 08:00</div>')) == (
        "2020-03-16T08:00:00+08:00", "shown-modified")


# --- dates split over elements -----------------------------------------------------------------------

def test_date_with_the_year_in_its_own_element():
    info = ('<div class="header-time"><span class="year"><em>2020</em></span><span class="day"><em>03</em>/'
            '<em>15</em></span><span class="time">10:20:33</span></div>')
    assert date_of(page(info=info)) == ("2020-03-15T10:20:33+08:00", "shown")
    assert split_date(["2020", "03/15"]) == "2020-03-15T00:00:00+08:00"
    assert split_date(["2020", "共3页"]) is None


def test_two_digit_year_shown_on_self_media_pages():
    assert shown_partial(["发布时间：20-03-15 10:20"]) == ("yy", (20, 3, 15, 10, 20))
    assert date_of(page(info='<div class="info">发布时间：20-03-15 10:20</div>'))[0] == "2020-03-15T10:20:00+08:00"
    scripts = '<script>var a = {"publishTime": "2020-03-15 10:20:08"};</script>'
    assert date_of(page(info='<div class="info">20-03-15 10:20</div>', scripts=scripts)) == (
        "2020-03-15T10:20:08+08:00", "shown+anchor")


def test_a_date_inside_a_long_summary_by_the_title_is_not_the_shown_date():
    head = '<meta name="publishdate" content="2020-03-15 10:20:00">'
    summary = ("<div class='summary'>导语：2019年12月1日，青山镇启动了为期三年的国土绿化行动，"
               "计划新增绿化面积一千五百亩，目前已完成大半，各村积极参与，群众热情高涨，成效明显，"
               "得到了上级部门的充分肯定和表扬，也为周边乡镇提供了可以借鉴的宝贵经验和做法。</div>")
    assert date_of(page(head=head, info=summary)) == ("2020-03-15T10:20:00+08:00", "meta")


def test_rule_date_element_split_over_children():
    html = page(info='<div class="pubtime"><span>2020</span><span>03/15</span><span>10:20</span></div>')
    r = extract(html, "https://news.example.cn/a/1.html", rules={"example.cn": {"date": ".pubtime"}})
    assert (r["published_at"], r["published_at_from"]) == ("2020-03-15T10:20:00+08:00", "rule")


def test_html5_time_element_marked_as_published():
    info = ('<div class="meta"><time class="entry-date published" datetime="2020-03-15T10:20:33+08:00">'
            '2020年3月15日</time><time class="updated" datetime="2020-03-16T08:00:00+08:00">3月16日</time></div>')
    assert date_of(page(info=info)) == ("2020-03-15T10:20:33+08:00", "time-tag+shown")
    comments = '<ol class="comments"><li><time datetime="2020-03-20T08:00:00+08:00">3月20日</time></li></ol>'
    assert date_of(page(after=comments)) == (None, None)


def test_an_unresolved_yearless_time_refuses_body_dates_of_another_day():
    after = '<div class="foot">发表于 2020-04-02 08:00</div>'
    assert date_of(page(info='<div class="info">03-15 10:20</div>', after=after)) == (None, None)
    after = '<div class="foot">发表于 2020-03-15 10:20</div>'
    assert date_of(page(info='<div class="info">03-15 10:20</div>', after=after))[0] == "2020-03-15T10:20:00+08:00"


def test_a_labelled_footer_date_beats_the_dates_of_a_related_list():
    after = ('<div class="share">分享</div><ul class="list"><li>邻镇举办马拉松 2020-03-01</li>'
             '<li>县城新开两条公交线路 2020-03-02</li></ul><div class="foot">发布日期：2020-03-15 10:20</div>')
    assert date_of(page(after=after))[0] == "2020-03-15T10:20:00+08:00"


def test_date_split_over_elements_above_the_title():
    """Portals put the split date in a header strip above the headline (year · month/day · time)."""
    html = page(info="").replace(
        f"<h1>{TITLE}</h1>",
        '<div class="header-time"><span class="year"><em>2020</em></span><span class="day"><em>03</em>/<em>15'
        '</em></span><span class="time">10:20:33</span></div><div class="source">来源：青山日报</div>'
        f'<h1><span class="title">{TITLE}</span></h1><div class="fontsize">字体：<a>小</a><a>中</a><a>大</a></div>'
        '<div class="share">分享到：<a>微信</a><a>微博</a></div>')
    head = '<meta name="publishdate" content="2020-03-15">'
    assert extract(html.replace("</head>", head + "</head>"))["published_at"] == "2020-03-15T10:20:33+08:00"


def test_inline_scripts_in_any_case_and_not_the_markup_between_them():
    html = ('<SCRIPT>var a = 1;</SCRIPT><div publishtime="2001-01-01 00:00:00">x</div>'
            '<script>var pubtime = "2020-03-15 10:20:00";</script>')
    assert [s.iso for s in script_dates(html, None)] == ["2020-03-15T10:20:00+08:00"]
