"""Body choice on modern portals and blogs (issue 14, class 6), on synthetic pages of each class: a feed or
recommendation widget beside the article, a short blog post beside large sidebars, an article split into
sibling parts by an ad and a video block."""
from __future__ import annotations

from lxml import etree

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.structure import find_feeds, in_sidebar, title_heading

P = ["县里新修的图书馆本周正式开放，馆内藏书十二万册，设有少儿阅览区、自习区和地方文献室。",
     "开馆当天，不少家长带着孩子前来办理借书证。工作人员介绍，读者可以在自助机上借还图书，十分方便。",
     "据了解，图书馆每周二至周日开放，晚上延长到九点，周一闭馆进行整理和消毒。",
     "馆长表示，下一步将与各乡镇文化站联网，让农村读者也能借到县馆的图书，并定期举办读书分享会。"]
ARTICLE = "".join(f"<p>{p}</p>" for p in P)


def feed(n: int = 12, cls: str = "feed-item") -> str:
    return "".join(
        f'<div class="{cls}"><a href="/news/{i}.html"><img src="/i/{i}.jpg"></a>'
        f'<h3><a href="/news/{i}.html">第{i}条推荐新闻的标题在这里写得很长</a></h3>'
        f"<p>这是第{i}条推荐新闻的摘要，介绍了事件的经过、各方的反应，以及接下来可能的发展。</p><span>3小时前</span></div>"
        for i in range(n))


def test_a_feed_of_headlines_with_summaries_is_not_the_article():
    for cls, box in (("feed-item", "recommend-list"), ("it", "x2")):  # with and without telling class names
        html = (f'<html><body><h1>县图书馆正式开放</h1><div class="a1">{ARTICLE}</div>'
                f'<div class="{box}">{feed(cls=cls)}</div></body></html>')
        text = extract(html)["content_text"]
        assert text.split("\n") == P


def test_feed_inside_the_article_container_leaves_the_body():
    html = f'<html><body><h1>县图书馆正式开放</h1><div class="article">{ARTICLE}<div>{feed(6)}</div></div></body></html>'
    assert extract(html)["content_text"].split("\n") == P


def test_find_feeds_needs_a_template_of_headline_items_not_paragraphs_with_links():
    root = etree.fromstring(f"<html><body><div id='f'>{feed(5)}</div></body></html>", etree.HTMLParser())
    assert [f.get("id") for f in find_feeds(root)] == ["f"]
    # an article whose paragraphs hold inline links (an encyclopaedia) is no feed
    para = "".join(f'<p>第{i}段正文提到了<a href="/w/{i}">某个很长的词条名称</a>，并继续说明它的来历和用途，内容较长。</p>'
                   for i in range(8))
    root = etree.fromstring(f"<html><body><div>{para}</div></body></html>", etree.HTMLParser())
    assert find_feeds(root) == []
    root = etree.fromstring(f"<html><body><div>{para.replace('p>', 'div>')}</div></body></html>", etree.HTMLParser())
    assert find_feeds(root) == []
    # headline links beside a time only (no summary) make a feed too
    items = "".join(f'<li><a href="/n/{i}">第{i}条新闻的标题文字</a><span>2024-05-0{i} 10:00</span></li>' for i in range(5))
    root = etree.fromstring(f"<html><body><ul>{items}</ul></body></html>", etree.HTMLParser())
    assert len(find_feeds(root)) == 1


def test_a_short_blog_post_beside_large_sidebars():
    comments = "".join(f"<li>读者{i}：写得真好，我们县的图书馆也在建，期待早日开放！谢谢博主分享。</li>" for i in range(8))
    html = f"""<html><body><div id="wrap"><div id="main"><h2 class="entry-title">县图书馆正式开放</h2>
      <div class="entry"><p>{P[0]}</p><p>{P[1]}</p></div></div>
      <div id="secondary"><div class="widget"><h3>关于我</h3><p>一个喜欢读书、旅行和写字的普通人，在小县城里教书，
      业余时间写写博客，记录生活中的点点滴滴。欢迎留言交流，也欢迎转载，请注明出处。</p></div>
      <div class="widget"><h3>最新评论</h3><ul>{comments}</ul></div></div>
      <aside><p>本博客的文章均为原创，内容仅代表个人观点，与任何机构无关。欢迎大家多提意见，一起进步。</p></aside>
    </div></body></html>"""
    assert extract(html)["content_text"].split("\n") == P[:2]


def test_in_sidebar_looks_at_the_ancestors():
    root = etree.fromstring("<html><body><div class='sidebar'><div><p id='x'>a</p></div></div><p id='y'>b</p>"
                            "<aside><p id='z'>c</p></aside></body></html>", etree.HTMLParser())
    memo: dict = {}
    assert [in_sidebar(root.find(f".//p[@id='{i}']"), memo) for i in "xyz"] == [True, False, True]


def test_an_article_split_by_an_ad_and_a_video_keeps_both_halves():
    hot = "".join(f'<li><a href="/h/{i}">热门新闻第{i}条标题文字很长很长</a></li>' for i in range(15))
    html = f"""<html><body><div class="page"><h1>县图书馆正式开放</h1>
      <div class="text"><p>{P[0]}</p><p>{P[1]}</p></div>
      <div class="ad"><a href="http://ad.example.com/x"><img src="/ad.jpg">广告</a></div>
      <div class="video-box"><video src="/v.mp4"></video><p>视频：开馆现场</p></div>
      <div class="text"><p>{P[2]}</p><p>{P[3]}</p></div>
      <div class="hot"><ul>{hot}</ul></div>
      <div class="text"><p>另一篇文章的段落，不应被并入，因为中间隔着一个很长的热门新闻列表。</p></div></div></body></html>"""
    r = extract(html)
    assert r["content_text"].split("\n") == P
    assert "广告" not in r["body_html"] and "热门新闻" not in r["body_html"]


def test_parts_sharing_a_class_name_are_merged_but_not_a_negative_one():
    html = f"""<html><body><div class="page"><h1>县图书馆正式开放</h1>
      <div class="text first"><p>{P[0]}</p><p>{P[1]}</p></div>
      <div class="ad-slot"><a href="http://ad.example.com/x">广告</a></div>
      <div class="text"><p>{P[2]}</p><p>{P[3]}</p></div>
      <div class="text related"><p>相关阅读：县里的博物馆也将在明年开放，届时将展出本地出土的文物。</p></div></div></body></html>"""
    assert extract(html)["content_text"].split("\n") == P


def test_parts_of_another_kind_are_not_merged():
    html = f"""<html><body><div class="page"><h1>县图书馆正式开放</h1>
      <div class="text">{ARTICLE}</div>
      <div class="comment-box"><p>网友甲：图书馆开得好，希望多进一些新书，也希望周一也能开放。</p></div></div></body></html>"""
    assert extract(html)["content_text"].split("\n") == P


def test_a_text_block_above_the_headline_loses_to_the_article_under_it():
    notice = "".join(f"<p>第{i}条公告：本站近期将对系统进行升级维护，届时部分栏目可能暂时无法访问，给您带来的不便敬请谅解，"
                     f"如有疑问，请拨打客户服务热线咨询，我们将竭诚为您服务。</p>" for i in range(4))
    html = (f'<html><body><div class="top"><div class="notice">{notice}</div></div><div class="box">'
            f'<h1>县图书馆正式开放</h1><div class="bd">{ARTICLE}</div></div></body></html>')
    assert extract(html)["content_text"].split("\n") == P
    # without a headline on the page the longer block wins: the cue is the headline's position
    assert "公告" in extract(html.replace("<h1>县图书馆正式开放</h1>", ""))["content_text"]


def test_a_forum_thread_is_no_feed_for_its_long_first_post():
    first = "".join(f"<p>{p}</p>" for p in P) + "<p>" + "补充一点：" + P[0] + P[1] + "</p>"
    posts = [first] + [f"<p>回复{i}：顶一下，支持楼主！</p>" for i in range(6)]
    thread = "".join(f'<div class="post"><div class="author"><a href="/u/{i}">论坛网友用户{i}号</a></div>'
                     f'<div class="message">{body}</div></div>' for i, body in enumerate(posts))
    html = f'<html><body><h1>县图书馆正式开放</h1><div id="postlist">{thread}</div></body></html>'
    r = extract(html)
    assert r["body_from"] == "ours"
    assert r["content_text"].startswith(P[0]) and "补充一点" in r["content_text"] and "回复3" not in r["content_text"]


def test_the_headline_heading_is_an_h1_before_an_h2():
    root = etree.fromstring("<html><body><div class='recent'><h2 id='a'>县图书馆正式开放</h2></div>"
                            "<h1 id='b'>县图书馆正式开放 - 新闻</h1><h2 id='c'>别的标题</h2></body></html>", etree.HTMLParser())
    assert title_heading(root, "县图书馆正式开放").get("id") == "b"
    assert title_heading(root, "别的标题啊啊啊") is None and title_heading(root, None) is None


def test_an_original_title_line_leaves_the_body():
    html = (f'<html><body><h1>县图书馆正式开放</h1><div class="post_body">{ARTICLE}'
            f"<p>（原标题：县里的新图书馆开了）</p><p>原标题: 新馆开放</p></div></body></html>")
    assert extract(html)["content_text"].split("\n") == P


def test_reprint_notices_go_but_a_sentence_about_authorisation_stays():
    sentence = "这也意味着，只要数据来源未经用户授权，都存在法律风险。"
    html = (f'<html><body><h1>县图书馆正式开放</h1><div class="post_body">{ARTICLE}<p>{sentence}</p>'
            f"<p>转载请注明出处：县融媒体中心</p><p>未经授权，禁止转载。</p></div></body></html>")
    assert extract(html)["content_text"].split("\n") == [*P, sentence]
