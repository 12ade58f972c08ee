"""The CPU shortcuts of the generic extractor give the answers of the slow paths they replace (issue 14's
time target): a page source stripped once for all names, a cheap test of the page's text before reading its
texts one by one, the first text without an iterator, best_container skipping what cannot win, and the lines
around the body reading a tail only when it holds text."""
from __future__ import annotations

import re

from lxml import etree

from newscrawl.pages.generic.accounts import _STATEMENT_RE, _calls_itself_self_media, _may_state_self_media
from newscrawl.pages.generic.around import header_lines
from newscrawl.pages.generic.body import (
    _CANDIDATE,
    _class_weight,
    _is_ad_link,
    _is_junk,
    best_container,
    score_blocks,
)
from newscrawl.pages.generic.bylines import shown_in_source, shown_on_page, shown_source
from newscrawl.pages.generic.structure import first_text, in_sidebar
from newscrawl.text.controls import normalize_text


def _tree(html: str) -> etree._Element:
    return etree.fromstring(html, etree.HTMLParser())


# --- bylines: the page source stripped once --------------------------------------------------------------

PAGE = ("<html><head><meta name='author' content='李明'><title>t</title></head><body>"
        "<meta name='x' content='王芳'><script type='application/ld+json'>{\"author\": \"赵雷\"}</script>"
        "<p>记者 张　伟 报道</p><p>陈&nbsp;静</p><script>var a = \"\\u5218\\u6d0b\";</script></body></html>")


def test_shown_in_source_of_one_stripped_source_is_shown_on_page():
    source = shown_source(PAGE)
    for name in ("李明", "王芳", "赵雷", "张伟", "陈静", "刘洋", "孙红", "Jane Doe"):
        assert shown_in_source(name, source) == shown_on_page(name, PAGE), name
    assert [n for n in ("李明", "王芳", "赵雷", "张伟", "陈静", "刘洋") if shown_in_source(n, source)] == [
        "张伟", "陈静", "刘洋"]


# --- accounts: the statement further down looked for in the page's text first ---------------------------

def _slow(root: etree._Element) -> bool:
    """The per-text reading that _may_state_self_media guards."""
    return any(8 <= len(x) <= 200 and _calls_itself_self_media(x)
               for x in (normalize_text(t) for t in root.itertext() if _STATEMENT_RE.search(t)))


def test_the_page_text_test_never_rules_out_a_statement():
    pages = [
        "<p>本文为自媒体平台“网易号”用户上传并发布，仅代表该用户观点</p>",
        "<div><span>搜狐号系信息发布平台</span>，搜狐仅提供信息存储空间服务。</div>",
        "<p>该文章由头条\u200b号作者上传，平台仅提供存储</p>",                 # a zero-width space in 头条号
        "<p>该文章由 <b>头条</b>号作者上传并发布到平台上</p>",                 # the words split over elements
        "<p>平台公告：本周六系统维护，届时暂停服务</p>",                         # the words, no platform's name
        "<p>百家号</p><p>下载APP</p>",                                          # a platform's name, no statement
        "<p>没有声明的普通文章正文，讲的是一场比赛。</p>",
    ]
    for body in pages:
        root = _tree(f"<html><body>{body}</body></html>")
        text = etree.tostring(root, method="text", encoding="unicode", with_tail=False)
        if _slow(root):
            assert _may_state_self_media(text), body
    assert not _may_state_self_media("平台公告：本周六系统维护")
    assert not _may_state_self_media("百家号 下载APP")
    assert _may_state_self_media("为自媒体平台用户上传")


# --- structure and body: first texts, ad links, junk names, best container -------------------------------

def _first_text_slow(el: etree._Element) -> str:
    for t in el.itertext():
        t = t.strip()
        if t:
            return t
    return ""


def test_first_text_is_the_first_non_blank_text_run():
    root = _tree("<html><body><div id='a'>  相关阅读 <p>x</p></div><div id='b'>\u3000 <h3> 猜你喜欢 </h3>"
                 "<p>y</p></div><div id='c'><span></span>  </div><div id='d'><b></b>tail</div></body></html>")
    for el in root.iter():
        assert first_text(el) == _first_text_slow(el)
    assert [first_text(root.find(f".//div[@id='{i}']")) for i in "abcd"] == ["相关阅读", "猜你喜欢", "", "tail"]


def test_ad_link_badge_in_its_own_text_or_a_child():
    root = _tree("<html><body><a id='1'>广告 <b>x</b></a><a id='2'> <i>推广</i>y</a><a id='3'>新闻</a>"
                 "<a id='4'><i> </i>广告</a></body></html>")
    assert [_is_ad_link(a) for a in root.iter("a")] == [True, True, False, True]


def _best_slow(stats) -> etree._Element | None:
    """best_container's choice before its adjustments, every candidate weighed (no skipping)."""
    best, best_score, memo = None, 0.0, {}
    for el, st in stats.items():
        if not st.score or el.tag not in _CANDIDATE:
            continue
        density = st.links / st.chars if st.chars else 1.0
        score = st.score * (1.0 - density) * _class_weight(el)
        if score > best_score and in_sidebar(el, memo):
            score *= 0.4
        if score > best_score:
            best, best_score = el, score
    return best


PARA = "<p>这是一段正文，讲述了事情的经过，有标点，也有长度，足够计分。</p>"


def test_best_container_skips_only_what_cannot_win():
    pages = [  # a wrapper of all the paragraphs; a positive box beside a negative one under <body>
        (f"<div id='wrap'><div class='sidebar-list'>{PARA * 4}</div><div class='plain'>{PARA * 3}</div>"
         f"<div class='article-content'>{PARA * 3}</div></div>"),
        f"<div class='footer-links'>{PARA * 2}</div><div class='article-content'>{PARA * 3}</div>",
        f"<aside>{PARA * 5}</aside><div>{PARA * 2}</div><div class='post'>{PARA}<span>{PARA}</span></div>",
    ]
    chosen = []
    for html in pages:
        body = _tree(f"<html><body>{html}</body></html>").find("body")
        stats = score_blocks(body)
        expected = _best_slow(stats)
        assert best_container(body, stats) is expected  # no adjustment applies on these pages
        chosen.append(expected.get("id") or expected.get("class") or expected.tag)
    assert chosen == ["wrap", "article-content", "body"]


def test_junk_without_class_or_id_is_judged_on_its_text_alone():
    root = _tree("<html><body><div id='top'><p>正文第一段，内容很长很长很长，有标点。</p><p>打印</p>"
                 "<p class='share'>分享到</p><div><h4>网友评论</h4><p>好</p></div></div></body></html>")
    top = root.find(".//div[@id='top']")
    stats = score_blocks(root.find("body"))
    top_chars = stats[top].chars
    judged = {normalize_text(etree.tostring(el, method="text", encoding="unicode")): _is_junk(el, stats.get(el),
                                                                                                top_chars)
              for el in top}
    assert judged == {"正文第一段，内容很长很长很长，有标点。": False, "打印": True, "分享到": True, "网友评论好": True}


# --- around: the lines before the body -----------------------------------------------------------------

def test_header_lines_read_text_and_tails_outside_skipped_boxes():
    root = _tree("<html><body><h1>标题在这里的新闻</h1><span>2024-01-02</span> 来源：某报 <b>作者</b>"
                 "<div class='comments'><p>评论 1</p><p>评论 2</p></div> 尾巴 "
                 "<div id='main'><p>正文。</p></div></body></html>")
    body = root.find("body")
    top = root.find(".//div[@id='main']")
    lines, before = header_lines(body, "标题在这里的新闻", top)
    assert lines == ["2024-01-02", "来源：某报", "作者", "尾巴"]
    assert before[-1] == "尾巴" and not any(re.match("评论", x) for x in before)


# --- accounts: the tag right before a name, matched at the last "<" ---------------------------------------

def test_tag_before_a_name_matched_at_the_last_lt_is_the_search_over_the_window():
    from newscrawl.pages.generic.accounts import _TAG_BEFORE_RE

    sources = ['<div class="author"><a href="/u/1">张三</a>', '<span>作者：</span><b class="nick">  作者： 李四',
               'x < y <p id=a>\n', '<p>text</p> tail ', '<<a>>', 'no tag at all', '<br/>By ', '<a\nclass=x>\n']
    for src in sources:
        for end in range(len(src) + 1):
            start = max(0, end - 400)
            lt = src.rfind("<", start, end)
            fast = _TAG_BEFORE_RE.match(src, lt, end) if lt != -1 else None
            slow = _TAG_BEFORE_RE.search(src, start, end)
            assert (fast and fast.span()) == (slow and slow.span()), (src, end)


def test_aside_boxes_are_the_outermost_boxes():
    from newscrawl.pages.generic.structure import aside_boxes

    root = _tree("<html><body><div id='c1' class='comments'><div class='comment-list'><p>a</p><p>b</p></div>"
                 "<p>x</p></div><div id='main'><p>正文</p><p>正文</p></div>"
                 "<section id='rel'><h3>相关阅读</h3><ul><li>1</li><li>2</li></ul></section>"
                 "<div id='c2' class='pinglun'><div class='comments'><p>c</p><p>d</p></div><p>y</p></div>"
                 "</body></html>")
    assert [b.get("id") for b in aside_boxes(root.find("body"))] == ["c1", "rel", "c2"]
