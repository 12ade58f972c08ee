"""Body selection on synthetic pages of the body failure classes of issue 14 (class 6): an article split into
sibling parts by ad and player blocks beside a long block that beats each part alone; related-article lists,
feeds and comment sections inside the chosen container (ours or a site rule's); a player's title line inside
the article; a recommendation widget of long teasers; a short post beside a column of widgets; a headline
repeated at the top of the body; content after a premature ``</html>``. All text is made up."""
from __future__ import annotations

from lxml import etree

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.body import score_blocks
from newscrawl.pages.generic.body_layout import widget_column
from newscrawl.pages.generic.tree import parse_page

P = ["县里新修的图书馆本周正式开放，馆内藏书十二万册，设有少儿阅览区、自习区和地方文献室。",
     "开馆当天，不少家长带着孩子前来办理借书证。工作人员介绍，读者可以在自助机上借还图书，十分方便。",
     "据了解，图书馆每周二至周日开放，晚上延长到九点，周一闭馆进行整理和消毒。",
     "馆长表示，下一步将与各乡镇文化站联网，让农村读者也能借到县馆的图书，并定期举办读书分享会。",
     "不少读者说，新馆环境安静，座位充足，周末带孩子来看书成了一家人的新习惯。",
     "县文旅部门介绍，图书馆二期工程明年启动，将增设数字阅读体验区和古籍修复室。"]
# a long, well punctuated block beside the article (an author's bio, a sidebar note): it beats each part alone
BIO = ("作者简介：欧阳某，长期从事地方文化研究，出版过多部著作，曾获省级奖项，现任某研究会理事，"
       "擅长写作，热心公益，经常参加读书会、讲座、展览等活动，深受读者喜爱，作品被多家报刊转载，影响较大，"
       "近年来专注于地方志整理，参与编写了县志、镇志等多部志书，还培养了一批青年写作者。")
AD = "<div class='x1'><a href='https://ad.example.com/c?id=7'><img src='https://ad.example.com/b.jpg'></a><span>广告</span></div>"
PLAYER = "<div class='x2'><video src='https://v.example.com/1.mp4' controls='controls'></video><p>视频：另一条新闻的标题</p></div>"


def _ps(*idx: int) -> str:
    return "".join(f"<p>{P[i]}</p>" for i in idx)


def related(cls: str = "box3", head: str = "相关阅读") -> str:
    items = "".join(f'<li><a href="/n/{i}.html">第{i}条其他新闻的标题写在这里</a><span>2023-0{i + 1}-1{i} 10:2{i}</span>'
                    f"<span>记者 欧阳{'甲乙丙丁戊己'[i]}</span></li>" for i in range(6))
    return f'<div class="{cls}"><h3>{head}</h3><ul>{items}</ul></div>'


def comments(cls: str = "box7") -> str:
    items = "".join(f'<div class="it"><span>网友司马{c}</span><span>2024-01-0{i + 3} 09:1{i}</span>'
                    f"<p>说得很好，希望相关部门尽快落实到位！这样的报道多一些。</p></div>" for i, c in enumerate("甲乙丙丁"))
    return f'<div class="{cls}"><div class="hd">网友评论（4）</div>{items}</div>'


def _whole(text: str, idx: tuple[int, ...]) -> bool:
    return all(P[i] in text for i in idx)


def test_an_article_split_in_three_by_ads_and_a_player_comes_back_whole_beside_a_long_bio():
    part = "txt"
    html = ("<html><body><div class='main'><h1>县图书馆正式开放</h1>"
            f"<div class='{part}'>{_ps(0, 1)}</div>{AD}<div class='{part}'>{_ps(2, 3)}</div>{PLAYER}"
            f"<div class='{part}'>{_ps(4, 5)}</div></div>"
            f"<div class='col'><h3>作者</h3><table><tr><td>{BIO}</td></tr></table></div></body></html>")
    text = extract(html)["content_text"]
    assert _whole(text, (0, 1, 2, 3, 4, 5))
    assert "广告" not in text and "视频" not in text and "作者简介" not in text


def test_the_bio_still_wins_over_one_short_part_of_another_kind():
    # parts of different classes are no split article: the longer block wins as before
    html = (f"<html><body><div class='a'>{_ps(0)}</div>{AD}<div class='b'>{_ps(2)}</div>"
            f"<div class='col'><table><tr><td>{BIO}</td></tr></table></div></body></html>")
    assert "作者简介" in extract(html)["content_text"]


def test_sections_of_one_box_are_not_taken_for_split_parts():
    # same-class sections inside the winning box: the box holds them all (no part is chosen instead)
    sec = "sec"
    html = (f"<html><body><div class='doc'><div class='{sec}'>{_ps(0, 1, 2)}</div>"
            f"{AD}<div class='{sec}'>{_ps(3, 4)}</div><div class='{sec}'>{_ps(5)}</div></div>"
            f"<div class='col'><table><tr><td>{BIO[:60]}。</td></tr></table></div></body></html>")
    text = extract(html)["content_text"]
    assert _whole(text, (0, 1, 2, 3, 4, 5)) and "作者简介" not in text


def test_a_player_title_line_leaves_the_body_but_a_caption_stays():
    cap = "<div class='x3'><video src='v.mp4'></video><p>开馆当天的借书现场。</p></div>"
    html = f"<html><body><h1>县图书馆正式开放</h1><div class='a'>{_ps(0, 1)}{PLAYER}{_ps(2)}{cap}{_ps(3)}</div></body></html>"
    text = extract(html)["content_text"]
    assert _whole(text, (0, 1, 2, 3)) and "视频：" not in text and "开馆当天的借书现场。" in text


def test_related_list_and_comments_inside_the_container_are_cut():
    for rel, com in ((related(), comments()), (related("related-news"), comments("comment-list"))):
        html = (f"<html><body><h1>县图书馆正式开放</h1><div class='wrap'>{rel}<div class='a'>{_ps(0, 1, 2, 3, 4)}</div>"
                f"{com}</div></body></html>")
        text = extract(html)["content_text"]
        assert _whole(text, (0, 1, 2, 3, 4))
        assert "其他新闻" not in text and "网友" not in text and "说得很好" not in text and "相关阅读" not in text


def test_related_list_and_comments_inside_a_rule_body_are_cut():
    html = (f"<html><body><h1>县图书馆正式开放</h1><div class='wrap'>{related()}<div class='a'>{_ps(0, 1, 2, 3)}</div>"
            f"{comments()}</div></body></html>")
    r = extract(html, "https://news.example.org/a/1.html", rules={"example.org": {"body": "div.wrap"}})
    assert r["body_from"] == "rule" and _whole(r["content_text"], (0, 1, 2, 3))
    assert "其他新闻" not in r["content_text"] and "说得很好" not in r["content_text"]


def test_a_box_headed_like_related_news_but_holding_most_of_the_body_stays():
    # an aside box is cut only when it holds under half of the container
    html = f"<html><body><h1>县图书馆正式开放</h1><div class='a'><div class='x'><h3>相关新闻</h3>{_ps(0, 1, 2, 3)}</div>{_ps(4)}</div></body></html>"
    assert _whole(extract(html)["content_text"], (0, 1, 2, 3, 4))


SUMMARY = "这是另一篇文章的摘要，介绍了某地的新做法和新成效，内容比较长，还有不少标点符号，读起来像正文一样，但它只是推荐。"


def teasers(n: int = 6, summary: str = SUMMARY * 5) -> str:
    items = "".join(f'<div class="it"><h4><a href="/n/{i}.html">第{i}条其他新闻的标题写在这里</a></h4><p>{summary}</p>'
                    f"<span>2023-0{i + 1}-1{i} 10:20</span></div>" for i in range(n))
    return f'<div class="c3">{items}</div>'


def test_a_recommendation_widget_with_long_summaries_loses_to_a_short_article():
    html = (f"<html><body><div class='w1'><h1>县图书馆正式开放</h1><div class='w2'>{_ps(0, 1)}</div></div>"
            f"<div class='w3'>{teasers()}</div></body></html>")
    text = extract(html)["content_text"]
    assert _whole(text, (0, 1)) and "摘要" not in text


def test_a_widget_above_the_headline_is_teasers_too():
    html = (f"<html><body><div class='w3'>{teasers()}</div><div class='w1'><h1>县图书馆正式开放</h1>"
            f"<div class='w2'>{_ps(0, 1, 2)}</div></div></body></html>")
    text = extract(html)["content_text"]
    assert _whole(text, (0, 1, 2)) and "摘要" not in text


def test_long_posts_right_under_the_headline_are_no_teasers():
    # a list page of the same template whose first item starts right under the headline: the item is the article
    first = f'<div class="it"><h4><a href="/u/1">论坛网友用户一号</a></h4><p>{"".join(P)}</p></div>'
    rest = "".join(f'<div class="it"><h4><a href="/u/{i}">论坛网友用户{i}号</a></h4><p>顶一下，支持楼主！说得很有道理。</p></div>'
                   for i in range(2, 7))
    html = (f"<html><body><h1>县图书馆正式开放</h1><div class='c3'>{first}{rest}</div>"
            f"<div class='note'><p>{BIO}</p></div></body></html>")
    text = extract(html)["content_text"]
    assert _whole(text, (0, 1, 2, 3, 4, 5)) and "作者简介" not in text


NOTE = ("欢迎来到我的博客，这里记录读书、旅行和生活中的点滴感受，也分享一些摄影作品和家乡美食的做法，欢迎留言交流，"
        "转载请注明出处，谢谢大家的支持与鼓励。")


def _module(head: str, body: str, cls: str = "m") -> str:
    return f"<div class='{cls}'><h3>{head}</h3>{body}</div>"


def _blog(post: str, names: tuple[str, str, str, str]) -> str:
    posts = "<ul>" + "".join(f"<li><a href='/a/{i}'>博客文章标题第{i}篇</a></li>" for i in range(10)) + "</ul>"
    side = (_module("个人简介", f"<p>{BIO}</p>") + _module("公告", f"<p>{NOTE}</p>") + _module("最新文章", posts)
            + _module("读者留言", f"<p>{NOTE[:40]}。</p><p>{NOTE[10:60]}。</p>"))
    main, post_box, entry, column = names
    return (f"<html><head><title>县图书馆正式开放_欧阳的博客</title></head><body><div class='hd'>欧阳的博客</div>"
            f"<div id='wrap'><div class='{main}'><div class='{post_box}'><h2>县图书馆正式开放</h2>"
            f"<div class='meta'>2024-01-02 10:20 发表于 生活随笔</div><div class='{entry}'>{post}</div></div></div>"
            f"<div class='{column}'>{side}</div></div></body></html>")


def test_a_short_blog_post_beside_a_column_of_widgets_is_the_body():
    for idx in ((0,), (0, 1), (0, 1, 2)):
        for names in (("main", "post", "entry", "col2"), ("c1", "c2", "c3", "c4")):
            text = extract(_blog(_ps(*idx), names))["content_text"]
            assert _whole(text, idx) and "作者简介" not in text and "欢迎来到" not in text


def test_sections_under_subheadings_are_no_column_of_widgets():
    # an article made of sections under subheadings holds no list of links among them: not widgets
    sections = "".join(_module(f"第{i}部分", _ps(i, i + 1), cls="sec") for i in range(0, 5, 2))
    html = (f"<html><body><div class='w'><div class='head'><h1>县图书馆正式开放</h1><p>{P[5]}{P[4]}</p></div>"
            f"<div class='body'>{sections}</div></div></body></html>")
    root = etree.fromstring(html, etree.HTMLParser())
    stats = score_blocks(root)
    column = root.xpath("//div[@class='body']")[0]
    assert not widget_column(column, column, stats)
    widgets = etree.fromstring(_blog(_ps(0), ("c1", "c2", "c3", "c4")), etree.HTMLParser())
    stats = score_blocks(widgets)
    column = widgets.xpath("//div[@class='c4']")[0]
    assert widget_column(column[0][1], column, stats)   # a profile's paragraph, in the column


def test_a_headline_repeated_over_lines_at_the_top_of_the_body_leaves_it():
    html = ("<html><head><title>县图书馆 正式开放的通知</title></head><body><h1>县图书馆 正式开放的通知</h1>"
            "<div class='c'><p align='center'><font><strong>县图书馆<br>正式开放的通知</strong></font><br>"
            f"（2024年1月2日县文旅局发布）</p>{_ps(0, 1, 2)}</div></body></html>")
    text = extract(html)["content_text"]
    assert text.startswith("（2024年1月2日县文旅局发布）") and _whole(text, (0, 1, 2))
    # a first paragraph that only starts like the headline stays
    html = html.replace("<br>正式开放的通知</strong>", "</strong>正式开放后人气很旺")
    assert "县图书馆正式开放后人气很旺" in "".join(extract(html)["content_text"].split())


def test_a_container_holding_the_article_and_a_column_of_widgets_gives_the_article():
    # no headline heading needed: the column of widgets is never the article nor widened into
    side = _blog("", ("c1", "c2", "c3", "c4"))
    column = side[side.index("<div class='c4'>"):side.index("</div></body>")]
    html = (f"<html><body><div class='wrap'><div class='txt'>{_ps(0, 1, 2)}</div>{column}"
            "<div class='foot'>发布日期：2024-01-02 10:20</div></div></body></html>")
    r = extract(html)
    assert _whole(r["content_text"], (0, 1, 2)) and "作者简介" not in r["content_text"]
    assert "公告" not in r["content_text"]
    # the lines after the body pass over the widgets to the post's footer
    assert r["published_at"] == "2024-01-02T10:20:00+08:00"


def test_teasers_between_the_article_and_its_footer_leave_its_date():
    html = (f"<html><body><h1>县图书馆正式开放</h1><div class='a'>{_ps(0, 1)}</div>{teasers()}"
            "<div class='foot'>发布日期：2024-01-02 10:20</div></body></html>")
    r = extract(html)
    assert _whole(r["content_text"], (0, 1)) and "摘要" not in r["content_text"]
    assert r["published_at"] == "2024-01-02T10:20:00+08:00"


def test_content_after_a_premature_closing_html_tag_is_searched_for_feeds_and_boxes():
    # a comment after </html> makes the parser open a second <html> for what follows
    html = (f"<html><body><div class='top'>县图书馆</div></body></html><!-- end header --><div class='x'>"
            f"<h1>县图书馆正式开放</h1><div class='a'>{_ps(0, 1)}</div>{related()}{teasers()}</div>")
    assert parse_page(html).getnext() is not None
    text = extract(html)["content_text"]
    assert _whole(text, (0, 1)) and "摘要" not in text and "其他新闻" not in text


def test_self_promotion_boxes_inside_the_body_leave_it():
    promo = ("<div class='o-self-promo'><p>电邮新闻头条新闻就在您的每日新闻信里</p><a href='/subscribe'>订阅</a></div>"
             "<div class='o-self-promo o-self-promo--app'><p>下载本台应用程序跟踪国际时事</p></div>")
    html = f"<html><body><h1>县图书馆正式开放</h1><div class='a'>{_ps(0, 1)}{promo}{_ps(2, 3)}</div></body></html>"
    text = extract(html)["content_text"]
    assert _whole(text, (0, 1, 2, 3)) and "订阅" not in text and "应用程序" not in text
