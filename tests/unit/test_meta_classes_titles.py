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
