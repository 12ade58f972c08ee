"""Disclosure metadata tables (政府信息公开 索引号/发布机构/成文日期 … cells) are left out of the body; their
dates still reach the date finder."""
from __future__ import annotations

from lxml import html as lhtml

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.info_tables import info_lines, remove_info_tables

_PARAS = "".join(f"<p>第{i}条，各有关单位要按照要求认真做好相关工作，确保各项措施落实到位，切实保障群众安全。</p>"
                 for i in range(1, 6))
_TABLE = ("<table><tr><td>索引号：</td><td>000000/2021-00001</td><td>主题分类：</td><td>综合政务</td></tr>"
          "<tr><td>发布机构：</td><td>某市某局</td><td>成文日期：</td><td>2021-03-01</td></tr>"
          "<tr><td>发文字号：</td><td>某发〔2021〕1号</td><td>发布日期：</td><td>2021-03-05</td></tr></table>")


def _page(box: str) -> str:
    return (f"<html><head><title>关于某项工作的通知</title></head><body><div class='nav'><a>首页</a></div>"
            f"<div class='main'>{box}<h1>关于某项工作的通知</h1><div class='zoom'>{_PARAS}</div></div></body></html>")


def test_label_value_table_is_metadata():
    lines = info_lines(lhtml.fromstring(_TABLE))
    assert lines is not None
    assert "发布日期：2021-03-05" in lines and "索引号：000000/2021-00001" in lines


def test_list_of_labelled_items_is_metadata():
    box = "<ul><li>索引号：X-1</li><li>发布机构：某局</li><li>文号：某〔2021〕2号</li></ul>"
    assert info_lines(lhtml.fromstring(box)) is not None


def test_running_text_or_two_labels_is_not():
    assert info_lines(lhtml.fromstring("<div>发布日期：2021-03-05 信息来源：某局</div>")) is None
    assert info_lines(lhtml.fromstring(
        "<div><p>索引号：1</p><p>发布机构：某局</p><p>分类：综合。这是正文的一句话。</p></div>")) is None


def test_box_that_is_most_of_the_container_stays():
    top = lhtml.fromstring(f"<div>{_TABLE}<p>短文。</p></div>")
    assert remove_info_tables(top) == []
    assert top.find(".//table") is not None


def test_table_leaves_the_body_and_its_publication_date_is_read():
    fields = extract(_page(_TABLE))
    assert "索引号" not in fields["content_text"] and "成文日期" not in fields["content_text"]
    assert fields["content_text"].startswith("第1条")
    assert fields["published_at"].startswith("2021-03-05")  # 发布日期, not 成文日期
