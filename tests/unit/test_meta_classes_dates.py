"""Date classes of issue 14 on synthetic pages: a date line shown at the body's edge against a structured
(meta) time of another day. The labelling rule: a shown time beats a different meta time."""
from __future__ import annotations

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.dates import dateline_date
from tests.unit.test_page_dates import PARAS, TITLE  # the same small synthetic article

META = '<meta property="article:published_time" content="2021-03-18T09:40:00+08:00">'


def page(opening: str = "", after: str = "", meta: str = META) -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_青山新闻网</title>{meta}</head>
<body><div class="nav"><a href="/">首页</a> <a href="/n">新闻</a> <a href="/about">关于</a></div>
<div class="main"><h1>{TITLE}</h1>
<div class="article-content">{opening}{PARAS}</div>{after}</div></body></html>"""


def date_of(html: str) -> str | None:
    return extract(html)["published_at"]


def test_a_date_line_opening_the_body_beats_a_meta_time_of_another_day():
    assert date_of(page("<p>2021-3-15 青山日报</p>"))[:10] == "2021-03-15"


def test_a_date_time_line_alone_after_the_body_beats_a_meta_time_of_another_day():
    after = '<div class="bar"><span>2021-03-15 10:20:33</span> <a href="#">举报</a> <a href="#">收藏</a></div>'
    assert date_of(page(after=after)) == "2021-03-15T10:20:33+08:00"


def test_a_list_of_dated_links_after_the_body_is_not_a_date_line():
    after = "".join(f'<p><a href="/n/{i}.html">邻镇新闻{i}</a></p><p>2021-03-1{i} 08:00:00</p>' for i in range(4))
    assert date_of(page(after=after)) == "2021-03-18T09:40:00+08:00"


def test_a_date_in_running_text_opening_the_body_is_not_a_date_line():
    opening = "<p>2021年3月15日上午，青山镇在河堤两岸举行了植树活动启动仪式，镇村干部和志愿者参加。</p>"
    assert date_of(page(opening)) == "2021-03-18T09:40:00+08:00"


def test_dateline_date_forms():
    assert dateline_date(["发布时间：2021-03-15 10:20 来源：青山日报"]) == "2021-03-15T10:20:00+08:00"
    assert dateline_date(["注册时间：2019-01-02", "2021-03-15"]) == "2021-03-15T00:00:00+08:00"
    assert dateline_date(["2021-03-15"], 2, timed=True) is None          # no clock time
    assert dateline_date(["2021-03-15 10:20", "2021-03-14 09:00"], 2, timed=True) is None  # a list


def test_a_comment_time_after_the_body_is_not_the_article_time():
    after = ('<div class="comments"><p>网友甲 认为：</p><p>(2) 2021-03-19 09:02:13</p>'
             '<p>说得很对，值得推广。</p></div>')
    assert date_of(page(after=after)) == "2021-03-18T09:40:00+08:00"


def test_yesterday_by_the_title_beats_a_date_time_alone_after_the_body():
    info = '<div class="info">昨天 09:40</div>'
    html = page(after='<div class="bar"><span>2021-03-19 10:20:33</span></div>').replace(
        f"<h1>{TITLE}</h1>", f"<h1>{TITLE}</h1>{info}")
    assert date_of(html) == "2021-03-18T09:40:00+08:00"
