"""Extraction under the markup variations of benchmarks/eval_perturb.py, on synthetic pages of each class:
related-article lists and comment sections beside the article (their dates and names are not the article's),
an ad badge, a rule's body split by an ad."""
from __future__ import annotations

from lxml import etree

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.around import header_lines, trailer_lines
from newscrawl.pages.generic.structure import aside_boxes, is_aside_box

P = ["县里新修的图书馆本周正式开放，馆内藏书十二万册，设有少儿阅览区、自习区和地方文献室。",
     "开馆当天，不少家长带着孩子前来办理借书证。工作人员介绍，读者可以在自助机上借还图书，十分方便。",
     "据了解，图书馆每周二至周日开放，晚上延长到九点，周一闭馆进行整理和消毒。",
     "馆长表示，下一步将与各乡镇文化站联网，让农村读者也能借到县馆的图书，并定期举办读书分享会。"]
ARTICLE = "".join(f"<p>{p}</p>" for p in P)


def related(n: int = 6, cls: str = "box3", head: str = "相关阅读") -> str:
    items = "".join(f'<li><a href="/n/{i}.html">第{i}条其他新闻的标题写在这里</a><span>2023-0{i + 1}-1{i} 10:2{i}</span>'
                    f"<span>记者 欧阳{'甲乙丙丁戊己'[i]}</span></li>" for i in range(n))
    return f'<div class="{cls}"><h3>{head}</h3><ul>{items}</ul></div>'


def comments(cls: str = "box7") -> str:
    items = "".join(f'<div class="it"><span>网友司马{c}</span><span>2024-01-0{i + 3} 09:1{i}</span>'
                    f"<p>说得很好，希望相关部门尽快落实到位！这样的报道多一些。</p></div>"
                    for i, c in enumerate("甲乙丙丁"))
    return f'<div class="{cls}"><div class="hd">网友评论（4）</div>{items}</div>'


def test_aside_boxes_are_related_lists_and_comment_sections_not_the_article():
    root = etree.fromstring(f'<html><body><div class="w">{related()}<div class="a">{ARTICLE}</div>{comments()}'
                            '<div class="comment-box"><p>x</p><p>y</p></div>'
                            '<ul class="meta"><li class="comment"><a href="#c">查看评论</a></li></ul></div></body></html>',
                            etree.HTMLParser())
    boxes = aside_boxes(root)
    assert [b.get("class") for b in boxes] == ["box3", "box7", "comment-box"]   # not a 查看评论 link
    article = root.xpath("//div[@class='a']")[0]
    assert not is_aside_box(article, [])
    # a box opening with 最新文章 but holding much more (a layout column) is not headed by it
    big = etree.fromstring(f"<div><div><h3>最新文章</h3><ul><li>甲</li></ul></div>{ARTICLE}</div>")
    assert not is_aside_box(big, [])


def test_header_and_trailer_lines_skip_related_lists_and_comments():
    html = (f"<html><body><h1>县图书馆正式开放</h1>{related()}<div class='a'>{ARTICLE}</div>"
            f"<p>发布日期：2024-01-02 08:09</p>{related(cls='box5', head='推荐阅读')}{comments()}</body></html>")
    root = etree.fromstring(html, etree.HTMLParser())
    body = root.find("body")
    top = root.xpath("//div[@class='a']")[0]
    header, before = header_lines(body, "县图书馆正式开放", top)
    assert not any("记者" in x or "2023" in x for x in header + before)
    trailer = trailer_lines(top)
    assert trailer == ["发布日期：2024-01-02 08:09"]


def test_related_list_between_headline_and_body_gives_neither_date_nor_authors():
    html = (f"<html><body><h1>县图书馆正式开放</h1>{related()}<div class='a'>{ARTICLE}</div>"
            f"<p>发布日期：2024-01-02 08:09</p>{comments()}</body></html>")
    r = extract(html)
    assert r["published_at"] == "2024-01-02T08:09:00+08:00"
    assert r["authors"] == []
    assert "网友" not in r["content_text"] and "相关阅读" not in r["content_text"]


def test_comments_under_a_short_article_do_not_widen_the_body():
    short = "".join(f"<p>{p}</p>" for p in P[:2])
    for box in (comments(), comments(cls="comment-list")):
        html = (f"<html><body><div class='main'><div class='loc'>当前位置：首页</div><h1>县图书馆正式开放</h1>"
                f"<div class='info'>2024-01-02 08:09</div><div class='txt'>{short}</div>{box}</div></body></html>")
        text = extract(html)["content_text"]
        assert P[0] in text and P[1] in text
        assert "网友" not in text and "说得很好" not in text and "当前位置" not in text


def test_an_ad_badge_alone_leaves_the_body():
    html = (f"<html><body><h1>县图书馆正式开放</h1><div class='a'>{''.join(f'<p>{p}</p>' for p in P[:2])}"
            f"<div class='x1'><a href='https://ad.example.com/c'><img src='https://ad.example.com/b.jpg'></a>"
            f"<span>广告</span></div>{''.join(f'<p>{p}</p>' for p in P[2:])}</div></body></html>")
    text = extract(html)["content_text"]
    assert "广告" not in text and P[3] in text


def test_a_rule_body_split_by_an_ad_keeps_both_parts():
    html = (f"<html><body><h1>县图书馆正式开放</h1><div class='art'><p>{P[0]}</p><p>{P[1]}</p></div>"
            "<div class='ad'><a href='https://ad.example.com/c'><img src='b.jpg'></a></div>"
            f"<div class='art'><p>{P[2]}</p><p>{P[3]}</p></div><div class='foot'>版权所有</div></body></html>")
    r = extract(html, "https://news.example.org/a/1.html", rules={"example.org": {"body": "div.art"}})
    assert r["body_from"] == "rule" and P[0] in r["content_text"] and P[3] in r["content_text"]


def test_a_parent_winning_on_its_split_parts_gives_the_parts():
    part = "detail-content__normal"
    html = ("<html><body><div class='detail'><h1>县图书馆正式开放</h1>"
            "<div class='meta'><span>播报文章</span> <span>欧阳明</span> <span>关注</span> <span>2024-05-08 23:23</span></div>"
            f"<div class='{part}'><p>{P[0]}</p><p>{P[1]}</p></div>"
            "<div class='x1'><a href='https://ad.example.com/c'><img src='b.jpg'></a><span>广告</span></div>"
            "<div class='x2'><video src='v.mp4'></video></div>"
            f"<div class='{part}'><p>{P[2]}</p><p>{P[3]}</p></div></div></body></html>")
    text = extract(html)["content_text"]
    assert P[0] in text and P[3] in text and "播报文章" not in text and "关注" not in text


def test_sections_under_headings_stay_one_body():
    sec = "para"
    html = (f"<html><body><div class='doc'><h1>县图书馆正式开放</h1><div class='{sec}'><p>{P[0]}</p><p>{P[1]}</p></div>"
            f"<h2>开放时间</h2><div class='{sec}'><p>{P[2]}</p></div><h2>下一步</h2><div class='{sec}'><p>{P[3]}</p></div>"
            "</div></body></html>")
    text = extract(html)["content_text"]
    assert "开放时间" in text and "下一步" in text and P[3] in text
