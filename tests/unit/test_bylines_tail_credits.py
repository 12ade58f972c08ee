"""Issue 14 follow-up: bracketed buttons and an editor credit closing the article container
(``【纠错】 【责任编辑:X 】``, the closing 】 in an element of its own) leave the body; the editor is read."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract
from newscrawl.text.byline_grammar import parse_byline_line
from newscrawl.text.bylines import extract_bylines

PARA = "今年以来，全市经济运行总体平稳，主要指标稳中有进，市场预期持续向好，发展质量不断提升。" * 2
LAST = "有关部门表示，下一步将继续推进相关工作。"


def page(tail: str) -> str:
    return f"""<html><head><title>全市经济运行总体平稳_新闻</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">要闻</a></div>
<div class="main"><h1>全市经济运行总体平稳</h1><div class="info">2023-05-06 10:20:00 来源：示例网</div>
<div id="detail">{f"<p>{PARA}</p>" * 4}<p>{LAST}</p>{tail}</div></div>
<div class="footer">版权所有 示例网</div></body></html>"""


@pytest.mark.parametrize("line,editor", [
    ("【纠错】 【责任编辑:王小明 】", "王小明"),
    ("【纠错】 【责任编辑：王小明】", "王小明"),
    ("【责任编辑:王小明】 【打印】 【关闭】", "王小明"),
    ("[纠错] 责任编辑: 王小明", "王小明"),
])
def test_bracketed_buttons_beside_an_editor_credit(line, editor):
    b = parse_byline_line(line)
    assert b is not None and b.editors == [editor] and not b.authors


def test_buttons_alone_are_no_byline():
    assert parse_byline_line("【纠错】") is None
    assert parse_byline_line("【打印】 【关闭】") is None


def test_a_closing_bracket_in_its_own_paragraph_goes_with_the_credit():
    byline, kept = extract_bylines([PARA, LAST, "【纠错】 【责任编辑:王小明", "】"])
    assert byline.editors == ["王小明"] and kept == [PARA, LAST]
    assert byline.lines == ["【纠错】 【责任编辑:王小明】"]


def test_a_closing_bracket_elsewhere_stays():
    assert extract_bylines([PARA, "】", LAST])[1] == [PARA, "】", LAST]


@pytest.mark.parametrize("tail", [
    '<div class="edit"><span>【纠错】</span> <span>【责任编辑:王小明 </span>】</div>',
    '<div id="edit"><a href="javascript:void(0);" class="advise">【纠错】</a> <span class="editor">【责任编辑:王小明 </span>】</div>',
    "<p>【纠错】 【打印】 【关闭】</p><p>【责任编辑:王小明<br>】</p>",
    "<p>【纠错】</p><p>【责任编辑:王小明</p><p>】</p>",
    "<p>【纠错】 【责任编辑:王小明<br/> 】</p>",
    "【纠错】 【责任编辑:王小明 】",
    "<p>【责任编辑:王小明 】 【打印】 【关闭】</p>",
])
def test_trailing_buttons_and_editor_leave_the_body(tail):
    r = extract(page(tail), "http://www.example.com/2023-05/06/c_1.htm")
    assert r["editors"] == ["王小明"] and r["authors"] == []
    assert r["content_text"].endswith(LAST)
    assert "纠错" not in r["content_text"] and "】" not in r["content_text"]


def test_trailing_buttons_alone_leave_the_body():
    r = extract(page("<div><span>【纠错】</span> <span>【打印】</span> <span>【关闭】</span></div>"))
    assert r["content_text"].endswith(LAST) and r["editors"] == []
