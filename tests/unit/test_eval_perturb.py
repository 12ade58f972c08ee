"""The perturbations of benchmarks/eval_perturb.py (benchmarks/perturbations.py) on a synthetic page: each keeps the labels true (gold date,
authors, article text), is seeded, and changes what it says it changes."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

from lxml import etree

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import perturbations as ep

P = ["县里新修的图书馆本周正式开放，馆内藏书十二万册，设有少儿阅览区、自习区和地方文献室。",
     "开馆当天，不少家长带着孩子前来办理借书证。工作人员介绍，读者可以在自助机上借还图书。",
     "据了解，图书馆每周二至周日开放，晚上延长到九点，周一闭馆进行整理和消毒。"]
PAGE = ("<!DOCTYPE html><html><head><meta charset='utf-8'><meta name='author' content='x'>"
        "<meta property='article:published_time' content='2024-01-02T08:09:10+08:00'>"
        "<script type='application/ld+json'>{}</script><title>县图书馆正式开放</title></head><body>"
        "<div class='nav' id='top'><a href='/'>首页</a></div><div class='main'><h1>县图书馆正式开放</h1>"
        "<div class='info'><span>发布时间：2024-01-02 08:09</span> <span>来源：县融媒体中心</span></div>"
        "<div class='byline'>记者 张三</div>"
        f"<div class='article'>{''.join(f'<p>{p}</p>' for p in P)}</div></div></body></html>")
GOLD = {"text": "\n".join(P), "published_at": "2024-01-02 08:09", "authors": ["张三"]}


def text_of(html: str) -> str:
    root = ep.parse(html)
    return "".join(t for r in ep.roots(root) if isinstance(r.tag, str) for t in r.itertext())


def run(name: str, html: str = PAGE, gold: dict | None = None, seed: int = 0):
    return ep.apply(name, html, gold or GOLD, seed, "page.html")


def test_identity_keeps_a_second_html_root():
    html = "<html><body><p>甲</p></body></html><html><body><div id='x'><p>正文在第二个根里。</p></div></body></html>"
    out, gold = run("identity", html)
    assert "正文在第二个根里" in out and gold == GOLD


def test_article_container_is_the_lowest_element_holding_the_gold_text():
    top = ep.article_container(ep.parse(PAGE), GOLD["text"])
    assert top is not None and top.get("class") == "article"


def test_every_transformation_is_seeded_and_keeps_the_article_text():
    for name in ep.TRANSFORMS:
        a, b = run(name), run(name)
        assert a == b, name
        if a is None:
            continue
        html, _ = a
        flat = "".join(text_of(html).split())
        for p in P:
            assert p in flat, name


def test_date_formats_keep_the_gold_time_at_the_precision_shown():
    html, gold = run("date_cn_minute")
    assert "2024年1月2日 08:09" in html and gold["published_at"] == "2024-01-02 08:09"
    html, gold = run("date_slash_day")
    assert "2024/01/02" in html and "2024-01-02 08:09" not in text_of(html)
    assert gold["published_at"] == "2024-01-02"
    html, gold = run("date_label_time")
    assert "时间：2024-01-02 08:09" in html and "发布时间：时间" not in html
    html, gold = run("date_yearless_meta")
    assert "发布时间：01-02 08:09" in html and "2024-01-02 08:09" not in text_of(html)
    assert "2024-01-02T08:09:10+08:00" in html and gold["published_at"] == "2024-01-02 08:09"


def test_a_date_inside_a_sentence_is_not_given_a_label():
    page = PAGE.replace("<span>发布时间：2024-01-02 08:09</span>", "<span>本贴由张三于2024-01-02 08:09发表</span>")
    html, _ = run("date_label_published", page) or (page, None)
    assert "于发布时间" not in html


def test_bylines_are_rewritten_for_the_same_people():
    html, gold = run("byline_wen_slash")
    assert ">文/张三<" in html and gold["authors"] == ["张三"]
    html, gold = run("byline_reporter_correspondent")
    assert len(gold["authors"]) == 2 and gold["authors"][0] == "张三"
    assert f"记者 张三 通讯员 {gold['authors'][1]}" in html
    html, gold = run("byline_xinhua_dateline")
    assert "新华社北京1月2日电（记者 张三）" + P[0] in html
    assert gold["text"].startswith("新华社北京1月2日电（记者 张三）")
    assert run("byline_zuozhe", PAGE.replace("记者 张三", "张三")) is None   # a name alone is no byline
    html, gold = run("byline_slash_wen_source")
    assert f"张三/文 来源：{gold['source']}" in html and gold["authors"] == ["张三"]


def test_related_lists_and_comments_are_inserted_beside_the_article():
    html, gold = run("related_comments_both")
    root = ep.parse(html)
    top = ep.article_container(root, GOLD["text"])
    assert top.getprevious().get("class") == "related-news"
    assert top.getnext().get("class") == "related-news" and top.getnext().getnext().get("class") == "comment-list"
    assert gold == GOLD
    years = {int(y) for y in re.findall(r"(20\d\d)-\d\d-\d\d \d\d:\d\d", text_of(html))}
    assert len(years) >= 2   # other days, older and newer
    html, _ = run("related_comments_neutral")
    assert "related-news" not in html and "comment-list" not in html and "网友评论" in html


def test_markup_variations():
    html, _ = run("wrap_containers")
    top = ep.article_container(ep.parse(html), GOLD["text"])
    assert [a.tag for a in top.iterancestors()][:3] == ["div", "div", "div"]
    html, _ = run("table_layout")
    root = ep.parse(html)
    cell = root.xpath("//td[@class='article']")[0]
    assert not list(cell.iter("p")) and len(cell.findall("br")) == 6
    assert cell.getnext().tag == "td" and len(cell.getnext().findall("a")) == 8     # a sidebar cell of links
    html, _ = run("neutral_classes")
    root = ep.parse(html)
    assert root.xpath("//div[@class='article']") and not root.xpath("//*[@class='nav' or @class='main']")
    html, gold = run("strip_meta")
    root = ep.parse(html)
    assert [m.get("charset") for m in root.iter("meta")] == ["utf-8"] and "ld+json" not in html
    assert gold["authors"] == ["张三"]


def test_ads_split_the_article():
    html, _ = run("ads_inside")
    assert "广告" in html and "<video" in html
    html, _ = run("ads_split_siblings")
    root = ep.parse(html)
    parts = root.xpath("//div[@class='article']")
    assert len(parts) == 2 and parts[0].getnext().get("class") == "adv"


def test_drop_tag_keeps_text_children_and_tail():
    root = etree.fromstring("<div>a<p>b<i>c</i>d</p>e</div>")
    ep.drop_tag(root.find("p"))
    assert etree.tostring(root, encoding="unicode") == "<div>ab<i>c</i>de</div>"


def test_synthetic_names_are_made_up_and_seeded():
    names = [ep.synthetic_name(random.Random(i)) for i in range(5)]
    assert names == [ep.synthetic_name(random.Random(i)) for i in range(5)]
    assert all(2 <= len(n) <= 3 for n in names)
