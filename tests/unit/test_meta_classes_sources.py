"""The source of the info bar under the headline (issue 14): ``来源：`` with the outlet in an element of its own,
the label glued to the date, the site's URL in the bar, and an outlet's name alone beside the date. Synthetic."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.bylines import info_bar_outlet
from newscrawl.text.bylines import join_split_labels

TITLE = "青山镇启动春季植树活动"
PARAS = "".join(f"<p>{p}</p>" for p in (
    "三月中旬，青山镇组织干部群众在河堤两岸开展春季植树活动，共栽种各类苗木三千余株。",
    "镇政府负责人介绍，今年将继续推进国土绿化行动，力争全年新增绿化面积五百亩以上。",
    "活动现场，志愿者们挥锹铲土、扶苗填坑，一派热火朝天的劳动景象，吸引了不少村民参与。",
))


def source_of(info: str, after: str = "") -> str | None:
    html = f"""<html><head><meta charset="utf-8"><title>{TITLE}_青山新闻网</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/n">新闻</a></div><h1>{TITLE}</h1>{info}
<div class="content">{PARAS}</div>{after}</body></html>"""
    return extract(html, "https://www.qingshan.cn/n/1.html")["source"]


@pytest.mark.parametrize("info", [
    ('<div class="info"><span>2023-09-14 19:02</span> <span>来源：<a href="#">澜江日报</a></span>'
     ' <span>参与评论(<em>236</em>)人</span></div>'),
    '<div class="info"><span>2023-09-14 19:02 来源:</span><a href="#">澜江日报</a></div>',
    '<div class="info"><span>2023年09月14日19:02</span> | 来源：<a>澜江日报</a> | 《澜江日报》（第3版）</div>',
    '<table><tr><td><font>http://www.qingshan.cn　2023-09-14 19:02　来源：澜江日报</font></td></tr></table>',
    '<div class="info"><span>2023-09-14 19:02:33</span> <span>澜江日报</span> <a>&gt; 本地新闻</a></div>',
])
def test_info_bar_source(info):
    assert source_of(info) == "澜江日报"


def test_no_outlet_beside_the_date_gives_no_source():
    assert source_of('<div class="info"><span>2023-09-14 19:02</span> <span>举报</span> <span>王小明</span></div>') is None


def test_info_bar_outlet_skips_the_site_name_and_far_lines():
    assert info_bar_outlet(["2023-09-14 19:02", "·", "澜江日报"], None, None) == "澜江日报"
    assert info_bar_outlet(["2023-09-14 19:02", "澜江日报"], "澜江日报", None) is None
    assert info_bar_outlet(["澜江日报", "首页", "新闻", "2023-09-14 19:02"], None, None) is None


def test_a_source_label_joins_an_outlet_in_the_next_element_only():
    assert join_split_labels(["来源：", "光明日报", "作者"]) == ["来源： 光明日报", "作者"]
    assert join_split_labels(["来源：", "参与评论(", "236"]) == ["来源：", "参与评论(", "236"]
