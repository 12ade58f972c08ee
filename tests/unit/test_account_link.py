"""An unlabelled author link beside the post's time (简书/blog style): the account is the author when the text
has no byline, also with a level badge or count between the name and the time."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract

_PARAS = "".join(f"<p>第{i}段：搬到城郊以后，我在院子里开了一小块菜地，每天傍晚浇一次水，看看叶子的颜色。</p>"
                 for i in range(1, 5))


def _page(meta: str, body: str = _PARAS) -> str:
    return (f"<html><head><title>学会等待 - 某社区</title></head><body><div class='top'><a href='/'>首页</a></div>"
            f"<section><h1>学会等待</h1>{meta}<article>{body}</article></section></body></html>")


@pytest.mark.parametrize("meta", [
    ("<div class='info'><a class='author' href='/x/1'>山里种豆人</a> · <span>2024.03.12 10:21</span> · "
    "<span>字数 1234</span> · <span>阅读 56</span></div>"),
    ("<div class='info'><div><a href='/u/8a3f21c7'>山里种豆人</a><span><i>💎</i>2.1</span></div>"
    "<div><time>2024.03.12 10:21:36</time><span>字数 612</span><span>阅读 1,045</span></div></div>"),
])
def test_account_link_by_the_time_is_the_author(meta):
    fields = extract(_page(meta))
    assert fields["authors"] == ["山里种豆人"]


def test_byline_in_the_text_outranks_the_account():
    meta = "<div class='info'><a class='author' href='/u/1'>山里种豆人</a> · <span>2024.03.12 10:21</span></div>"
    fields = extract(_page(meta, "<p>文/李明华</p>" + _PARAS))
    assert fields["authors"] == ["李明华"]


def test_a_plain_link_by_the_time_is_not_an_account():
    meta = "<div class='info'><a href='/tag/garden'>园艺生活</a> · <span>2024.03.12 10:21</span></div>"
    assert extract(_page(meta))["authors"] == []
