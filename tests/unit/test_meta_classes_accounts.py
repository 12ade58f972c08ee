"""Several personal names in one author or account field (issue 14): a WeChat header's author span, a line of
names alone under the headline; synthetic pages."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract
from newscrawl.text.names import personal_names

PARAS = "".join(f"<section><span>{p}</span></section>" for p in (
    "最近后台收到不少留言，问的都是同一个问题：青山镇的新公园到底什么时候开放？",
    "带着这个问题，我们跑了一趟公园的几个工地，也翻了翻公开资料，整理出以下几点。",
    "施工中最难的是湖区的清淤工程，项目负责人介绍，目前已完成八成，预计下月底全部完工。",
    "据了解，公园开放后将免费向市民开放，并配套建设停车场和慢行步道，方便周边居民出行。",
))


@pytest.mark.parametrize("field", ["王小明 陶然", "王小明、陶然", "王小明/陶然"])
def test_personal_names_in_one_field(field):
    assert personal_names(field) == ["王小明", "陶然"]


@pytest.mark.parametrize("field", ["王小明", "青山观察", "澜江日报 王小明", "小澜 老江"])
def test_one_name_a_handle_or_an_outlet_is_not_a_list_of_names(field):
    assert personal_names(field) is None


def test_names_under_the_headline_beat_the_account_in_meta():
    html = f"""<html><head><meta charset="utf-8"><meta property="og:article:author" content="青山观察">
<script>var nickname="青山观察";</script></head><body><div id="img-content">
<h1 id="activity-name">青山镇新公园什么时候开放？</h1>
<div id="meta_content"><span>原创</span> <span class="rich_media_meta_text">王小明 陶然</span>
<span><a id="js_name">青山观察</a></span> <em id="publish_time">2024-08-02 20:31</em></div>
<div id="js_content" style="visibility: hidden;">{PARAS}</div></div></body></html>"""
    for rules in (None, {}):
        assert extract(html, "https://mp.weixin.qq.com/s/AbCdEf", rules=rules)["authors"] == ["王小明", "陶然"]


BLOG_PARAS = "".join(f"<p>{p}</p>" for p in (
    "今天去公园散步，看到湖边的柳树已经发芽了，春天真的来了，心情也跟着好了起来。",
    "回家的路上顺便买了些新鲜的蔬菜，晚上做了一顿简单的晚饭，吃得很满足，很开心。",
    "最近在读一本关于城市历史的书，书里讲到很多老街的故事，读起来很有意思，推荐给大家。",
))


def blog(avatars: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>春天来了</title></head><body>
<div class="a1"><h1>春天来了</h1><div class="a2">{BLOG_PARAS}</div></div>
<div class="a3"><h3>个人资料</h3>{avatars}<p>小鹿漫步</p><p>小鹿漫步的日常记录</p></div></body></html>"""


def test_the_owner_named_by_an_avatar_alt_is_the_poster():
    r = extract(blog('<a href="/u/1"><img alt="小鹿漫步的头像" src="/a.jpg"></a>'), rules={})
    assert (r["authors"], r["authors_from"]) == (["小鹿漫步"], "poster")


def test_avatars_of_several_users_name_nobody():
    avatars = '<img alt="小鹿漫步的头像" src="/a.jpg"><img alt="山间清风的头像" src="/b.jpg">'
    assert extract(blog(avatars), rules={})["authors"] == []
