"""Badge elements inside the headline (原创, 独家, 置顶 …) are not part of the title."""
from __future__ import annotations

import pytest
from lxml import html as lhtml

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.title_badges import heading_text

_PARAS = "".join(f"<p>第{i}段：老房子翻新的时候，水电改造和防水这两项钱一定不能省，后期返工的代价太大了。</p>"
                 for i in range(1, 5))


@pytest.mark.parametrize(("h1", "title"), [
    ("<h1>老房翻新这几个钱最值<span class='tag'>原创</span></h1>", "老房翻新这几个钱最值"),
    ("<h1><em>独家</em>某地今年新建学校十所</h1>", "某地今年新建学校十所"),
    ("<h1><i>置顶</i> 论坛版规与发帖须知 </h1>", "论坛版规与发帖须知"),
    ("<h1>一篇<em>原创</em>文章的写法</h1>", "一篇原创文章的写法"),  # inside the title: a word of it
    ("<h1>原创<span>原创</span></h1>", "原创原创"),  # too little would be left
])
def test_heading_text(h1, title):
    assert heading_text(lhtml.fromstring(h1)) == title


def test_badge_left_out_of_the_page_title():
    html = (f"<html><head><title>老房翻新这几个钱最值_某网</title></head><body><div class='main'>"
            f"<h1>老房翻新这几个钱最值<span class='original-title'>原创</span></h1>"
            f"<div class='content'>{_PARAS}</div></div></body></html>")
    fields = extract(html)
    assert fields["title"] == "老房翻新这几个钱最值"
    assert "原创" not in fields["content_text"]


def test_badge_left_out_of_a_rule_title():
    html = (f"<html><head><title>老房翻新这几个钱最值</title></head><body><div class='text-title'>"
            f"<h1>老房翻新这几个钱最值<span>原创</span></h1></div><div class='content'>{_PARAS}</div></body></html>")
    rules = {"example.com": {"title": ".text-title h1", "body": ".content"}}
    fields = extract(html, "https://www.example.com/a/1", rules=rules)
    assert fields["title"] == "老房翻新这几个钱最值"
