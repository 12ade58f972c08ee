"""Titles from <title> with the site's name before or after the headline (issue 14), synthetic titles."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic.metadata import clean_title

HEADLINE = "青山镇启动春季植树活动"


@pytest.mark.parametrize("title", [
    f"{HEADLINE}-青山新闻网", f"{HEADLINE}_地方新闻_青山新闻网", f"{HEADLINE} | 青山日报",
    f"青山新闻网 - {HEADLINE}", f"青山日报 | {HEADLINE}", f"{HEADLINE}——青山新闻网",
])
def test_site_name_before_or_after_the_headline_is_dropped(title):
    assert clean_title(title, [], None) == HEADLINE


def test_a_headline_ending_like_an_outlet_is_kept():
    assert clean_title("我国建成全球规模最大的5G网络和光纤网_科技_青山新闻网", [], None) == "我国建成全球规模最大的5G网络和光纤网"


def test_an_outlet_before_a_bare_hyphen_is_dropped():
    assert clean_title(f"澜江晚报数字报-{HEADLINE}", [], None) == HEADLINE


def test_a_meta_title_cut_by_an_unescaped_quote_takes_the_heading():
    from newscrawl.pages.generic import extract
    paras = "".join(f"<p>{p}</p>" for p in ["青山镇组织干部群众在河堤两岸开展春季植树活动，共栽种各类苗木三千余株。"] * 4)
    html = ('<html><head><meta charset="utf-8"><title>青山镇"植树节"启动_青山新闻网</title>'
            '<meta property="og:title" content="青山镇" 植树节"启动"=""></head>'
            f'<body><h1>青山镇"植树节"启动</h1><div class="c">{paras}</div></body></html>')
    assert extract(html)["title"] == '青山镇"植树节"启动'
