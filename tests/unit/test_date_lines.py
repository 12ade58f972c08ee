"""Date-only lines opening a body leave the text; the date finder still reads them."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract
from newscrawl.text.date_lines import is_date_only, split_date_lines

_PARA = "春天来了，河边的柳树发了新芽，孩子们在岸边放风筝，老人们坐在长椅上晒太阳，说起了过去的日子。"


@pytest.mark.parametrize("line", ["(2013-05-20 09:12:45)", "（2024年3月12日）", "发布时间：2024年3月12日",
                                  "2024.03.12 星期二 10:21", "发表于 2024-03-12 10:21", "[2024/3/12]"])
def test_date_only(line):
    assert is_date_only(line)


@pytest.mark.parametrize("line", ["2024年3月12日，某市召开会议。", "2024-03-12 来源：某报", "3月12日", "第2024-03-12期活动"])
def test_not_date_only(line):
    assert not is_date_only(line)


def test_split_only_in_the_head():
    lines = ["(2013-05-20 09:12:45)", _PARA, "2024年7月10日"]
    assert split_date_lines(lines) == ([_PARA, "2024年7月10日"], ["(2013-05-20 09:12:45)"])
    assert split_date_lines([_PARA, "2024-03-12"]) == ([_PARA, "2024-03-12"], [])  # after the first paragraph
    assert split_date_lines(["2024-03-12"]) == (["2024-03-12"], [])  # nothing else left


def test_body_without_its_date_line_and_date_kept():
    html = (f"<html><body><div class='nav'><a>首页</a></div><div class='post'><h2>柳树</h2>"
            f"<div class='content'><p>(2013-05-20 09:12:45)</p><p>{_PARA}</p><p>{_PARA}</p><p>{_PARA}</p></div>"
            f"</div></body></html>")
    fields = extract(html)
    assert fields["content_text"].startswith("春天来了")
    assert fields["published_at"].startswith("2013-05-20T09:12:45")
