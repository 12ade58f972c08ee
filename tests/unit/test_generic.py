"""newscrawl.pages.generic: title, body, date, bylines, media, images; bad pages; site rules as data."""
from __future__ import annotations

import json

import pytest

from newscrawl.pages import PageError
from newscrawl.pages.generic import (
    MAX_BYTES,
    MAX_CHARS,
    article_id,
    check_size,
    extract,
    load_site_rules,
    rule_for,
)
from newscrawl.pages.generic.bylines import EDITOR_CUES, shown_as_editor
from newscrawl.pages.generic.rules import RULE_FIELDS, SELECTOR_FIELDS, select
from tests.conftest import corpus_path

PARAS = [
    "海门区今年以来坚持以思想引领发展，全区上下凝心聚力、真抓实干，各项工作取得新进展。",
    "区委书记在会上表示，要把握新发展阶段，贯彻新发展理念，构建新发展格局，推动高质量发展。",
    "据了解，全区一般公共预算收入同比增长百分之十二，规模以上工业产值突破两千亿元。",
    "下一步，海门将聚焦产业强区、城市更新和民生改善，奋力打造现代化示范区。",
]
BODY = "".join(f"<p>　　{p}</p>" for p in PARAS)


def page(title: str = "海门：凝心聚力开好局_南通日报", head: str = "", before: str = "", body: str = BODY,
         after: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>
<div id="nav" class="nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/about">关于我们</a></div>
<div class="main"><h1>海门：凝心聚力开好局</h1>{before}
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div class="article-content">{body}</div>{after}
<div class="related"><h3>相关新闻</h3><ul>
<li><a href="/1.html">如东风电项目并网发电</a></li><li><a href="/2.html">启东举办冬季招聘会</a></li>
<li><a href="/3.html">通州湾新出海口建设提速</a></li></ul></div></div>
<div class="footer">版权所有 © 2021 南通日报社 苏ICP备05000000号</div></body></html>"""


def test_body_title_and_boilerplate():
    r = extract(page())
    assert r["title"] == "海门：凝心聚力开好局"
    assert r["content_text"].split("\n") == PARAS
    for junk in ("首页", "分享到", "相关新闻", "如东风电", "版权所有"):
        assert junk not in r["content_text"]
    assert r["content_html"].startswith("<p>")


SECTIONS = [
    ["我有所念人，隔在远远乡。", "我有所感事，结在深深肠。", "乡远去不得，无日不瞻望。", "肠深解不得，无夕不思量。",
     "况此残灯夜，独宿在空堂。", "秋天殊未晓，风雨正苍苍。", "不学头陀法，前心安可忘。"],
    ["我有着深深思念的人，却相隔在远远的异乡。", "我有所感怀的事情，深深的刻在心上。",
     "故乡遥远回不去，我没有一天不遥望它。", "内心痛苦万分却无处化解，日日夜夜未曾停止思念。"],
    ["此诗写于元和六年，时年四十岁。从“独宿在空堂”可以看出，此诗是为一个与作者相爱的女子而写。",
     "且学者考证，这个女子就是诗人几度在诗作中提到过的“东邻婵娟子”。"],
    ["这首诗不是当时所流行的工整的今体诗，它共有七句话，前四句大量的重复用字，也并不合乎诗歌的习惯。",
     "全诗没有比喻、没有用典，可以说是完全没有格律的羁绊，用最直白的语言，抒发了最真挚的情感。"],
    ["①乡：家乡。", "②瞻望：往远处或高处看，敬仰并寄以希望。", "③夕：日落的时候：夕阳。夕照。朝夕相处。",
     "④残灯：将要熄灭的灯。夜：黑夜，代指前途的迷茫。", "⑤头陀法：佛教的苦行，用以去除尘垢烦恼。"],
    ["开头开门见山的写出了所要记叙的事情，好像是憋闷了许久的言语冲口而出，强烈的感情色彩立刻展现在读者面前。",
     "四句话形式上两两相同，但情感上却是层层深入的，第一句提到了人的思念和远，都是平平的概述，点到为止。"],
]
BIO = ("白居易，字乐天，晚年又号称香山居士，河南郑州新郑人，是唐代伟大的现实主义诗人，他的诗歌题材广泛，形式多样，"
       "语言平易通俗，有“诗魔”和“诗王”之称。官至翰林学士、左赞善大夫。有《白氏长庆集》传世，代表诗作有《长恨歌》、"
       "《卖炭翁》、《琵琶行》等。祖籍山西，出生于河南郑州新郑，葬于洛阳。")


def test_article_in_several_sections_beats_one_long_sidebar_paragraph():
    """Scores flow to ancestors at 1, 0.7, 0.5, 0.35: a page whose text is split into short sections
    (poem, translation, notes) still beats a sidebar holding one long punctuated paragraph."""
    sections = "".join(f'<div class="part"><h3>第{i}节</h3><div>{"<br>".join(lines)}</div></div>'
                       for i, lines in enumerate(SECTIONS))
    html = (f'<html><body><div class="wrap"><div class="left"><h1>夜雨</h1>{sections}</div>'
            f'<div class="right"><table><tr><td><img src="a.jpg"></td><td><span>{BIO}</span></td></tr>'
            f'</table></div></div></body></html>')
    text = extract(html)["content_text"]
    assert all(line in text for lines in SECTIONS for line in lines)
    assert "香山居士" not in text


def test_article_over_sibling_tables_is_taken_whole():
    """The best-scoring block is one table's cell; its container holds as much text again, of the same
    kind (no links, punctuated) in a second table: the container is the body."""
    intro = "".join(PARAS) * 6
    rows = "".join(f"<tr><td>0{i}方向{i}</td><td>导师{i}</td><td>1、英语或日语；2、艺术概论；3、中国艺术史；4、第{i}部分"
                   f"</td><td>新增点正在审批</td></tr>" for i in range(1, 19))
    html = (f'<html><body><table><tr><td><a href="/">首页</a> <a href="/a">招生</a></td></tr>'
            f'<tr><td><table><tr><td>{intro}</td></tr></table><table>{rows}</table></td></tr></table>'
            f'</body></html>')
    text = extract(html)["content_text"]
    assert PARAS[0] in text and "03方向3" in text and "第18部分" in text
    assert "首页" not in text


def test_ad_links_and_reprint_notices_leave_the_body():
    ad = '<a href="https://e.example.com/c?x=1"><i>广告</i><span>英国留学生注意了，这些问题没准备好先别留学！</span></a>'
    body = (f"<p>{PARAS[0]}{ad}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p><p>{PARAS[3]}</p>"
            "<p>南通网(www.ntrb.com.cn)专稿，未经书面授权请勿转载。</p>")
    text = extract(page(body=body))["content_text"]
    assert text.split("\n") == PARAS


def test_a_long_reader_comment_under_the_post_leaves_the_body():
    comment = "网友留言：" + "我觉得这篇文章写得很好，海门的发展确实日新月异，希望继续努力，再创佳绩。" * 8
    body = BODY * 3 + f'<ol><li class="alt" id="comment-4632"><p>{comment}</p></li></ol>'
    text = extract(page(body=body))["content_text"]
    assert text.split("\n") == PARAS * 3


def test_reference_lists_and_infoboxes_leave_the_body():
    refs = "".join(f'<li><a href="#r{i}">^</a> 作者{i}. 标题{i}. <a href="/x{i}">新华网</a>. 2023-12-0{i}.</li>'
                   for i in range(1, 8))
    body = (f'<table class="infobox"><tr><td>所属行政区</td><td>河北省</td></tr></table>{BODY}'
            f'<h2>参考文献</h2><div class="reflist"><ol class="references">{refs}</ol></div>')
    text = extract(page(body=body))["content_text"]
    assert all(p in text for p in PARAS)
    assert "新华网" not in text and "所属行政区" not in text


@pytest.mark.parametrize("title, expected", [
    ("海门：凝心聚力开好局_南通日报", "海门：凝心聚力开好局"),
    ("海门：凝心聚力开好局-新华网", "海门：凝心聚力开好局"),
    ("海门：凝心聚力开好局 - 新华网", "海门：凝心聚力开好局"),
    ("海门：凝心聚力开好局|央视网", "海门：凝心聚力开好局"),
    ("海门：凝心聚力开好局_新闻频道_南通日报", "海门：凝心聚力开好局"),
])
def test_site_name_suffix_is_stripped(title, expected):
    html = page(title=title).replace("<h1>海门：凝心聚力开好局</h1>", "")
    assert extract(html)["title"] == expected


def test_byline_date_and_source_between_title_and_body():
    before = '<div class="info">2021年12月31日 11:38　来源：南通日报　作者：陈静黄天玲俞新美</div>'
    r = extract(page(before=before))
    assert r["published_at"] == "2021-12-31T11:38:00+08:00"
    assert r["authors"] == ["陈静", "黄天玲", "俞新美"]
    assert r["source"] == "南通日报"
    assert "来源" not in r["content_text"]


def test_bylines_in_the_body_leave_it():
    body = "<p>文：陈静黄天玲俞新美</p>" + BODY + "<p>图：海门区委宣传部许丛军</p><p>（文章来源：南通日报）</p>"
    r = extract(page(body=body))
    assert r["authors"] == ["陈静", "黄天玲", "俞新美"]
    assert r["photographers"] == ["许丛军"] and r["organisations"] == ["海门区委宣传部"]
    assert r["source"] == "南通日报"
    assert r["content_text"].split("\n") == PARAS
    assert r["byline_raw"].splitlines() == ["文：陈静黄天玲俞新美", "图：海门区委宣传部许丛军", "（文章来源：南通日报）"]


def test_structured_data_first():
    head = ('<meta property="article:published_time" content="2021-12-31T11:38:35+08:00">'
            '<meta property="og:site_name" content="南通日报">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "海门：凝心聚力开好局",'
            ' "author": {"@type": "Person", "name": "陈静"}}</script>')
    r = extract(page(head=head))
    assert r["published_at"] == "2021-12-31T11:38:35+08:00"
    # a different time shown by the title beats the meta time (the labelling rule of published_at)
    r = extract(page(head=head, before='<div class="info">2021-12-30 08:00</div>'))
    assert r["published_at"] == "2021-12-30T08:00:00+08:00"
    assert r["authors"] == []  # a JSON-LD author the page does not show is nobody
    r = extract(page(head=head, before='<div class="info">2021-12-30 08:00 陈静</div>'))
    assert r["authors"] == ["陈静"]
    assert r["media"] == "南通日报"


def test_meta_date_gains_the_time_shown_on_the_page():
    head = '<meta name="publishdate" content="2021-12-31">'
    r = extract(page(head=head, before="<span>2021-12-31 11:38:35</span>"))
    assert r["published_at"] == "2021-12-31T11:38:35+08:00"


@pytest.mark.parametrize("meta, shown, expected", [
    # shown in another zone: that offset, the same instant (a Paris page, a Tokyo page)
    ("2022-02-06T12:48:06+00:00", "发表时间： 06/02/2022 - 13:48", "2022-02-06T13:48:06+01:00"),
    ("2024-05-13T09:00:00+09:00", "2024年5月13日 9時0分", "2024-05-13T09:00:00+09:00"),
    # shown in Beijing time, or shown without a time: Shanghai time
    ("2024-05-13T01:15:00Z", "2024-05-13 09:15", "2024-05-13T09:15:00+08:00"),
    ("2024-05-13T09:00:00+09:00", "2024年5月13日", "2024-05-13T08:00:00+08:00"),
])
def test_meta_time_kept_in_the_zone_the_page_shows(meta, shown, expected):
    head = f'<meta property="article:published_time" content="{meta}">'
    r = extract(page(head=head, before=f'<div class="info">{shown}</div>'))
    assert r["published_at"] == expected


def test_json_ld_person_user_name_shown_on_the_page():
    ld = ('<script type="application/ld+json">{"@type": "BlogPosting", "headline": "海门：凝心聚力开好局",'
          ' "author": {"@type": "Person", "name": "%s"}}</script>')
    r = extract(page(head=ld % "エミりん", before='<div class="profile">エミりん</div>'))
    assert r["authors"] == ["エミりん"]
    # not shown on the page, or an outlet typed as a Person: no author
    assert extract(page(head=ld % "エミりん"))["authors"] == []
    assert extract(page(head=ld % "青网新闻", before="<div>青网新闻</div>"))["authors"] == []


def test_media_from_copyright_line_and_images_with_captions():
    body = BODY + '<p><img src="/img/1.jpg" alt="海门港新区"></p><p>图为海门港新区。</p>'
    r = extract(page(body=body), url="http://www.ntrb.example.cn/a/1.html")
    assert r["media"] == "南通日报社"
    assert r["images"] == [{"src": "http://www.ntrb.example.cn/img/1.jpg", "caption": "海门港新区"}]


def test_no_date_stays_none():
    assert extract(page())["published_at"] is None


# --- bad pages --------------------------------------------------------------------------------------

LIST_PAGE = "<html><body><ul>" + "".join(
    f'<li><a href="/a/{i}.html">新闻标题第{i}条，很长很长的标题</a></li>' for i in range(80)) + "</ul></body></html>"


@pytest.mark.parametrize("html, reason", [
    ("", "empty_page"),
    ("   \n ", "empty_page"),
    ("<html><head><title>空</title></head><body></body></html>", "no_article_body"),
    (LIST_PAGE, "no_article_body"),
    ("\x00\x01\x02\x03PNG\r\n" * 2000, "binary_content"),
    ("\ufffd\ufffd\x07abc" * 3000, "binary_content"),
])
def test_bad_pages_raise_a_reason(html, reason):
    with pytest.raises(PageError) as exc:
        extract(html)
    assert exc.value.reason == reason


def test_too_large():
    with pytest.raises(PageError) as exc:
        extract("<p>" + "新" * (MAX_CHARS + 1) + "</p>")
    assert exc.value.reason == "too_large"
    with pytest.raises(PageError) as exc:
        check_size(b" " * (MAX_BYTES + 1))
    assert exc.value.reason == "too_large"
    check_size(b"<p>ok</p>")


def test_ten_thousand_levels_of_nesting():
    deep = "<html><body>" + "<div>" * 10_000 + BODY + "</div>" * 10_000 + "</body></html>"
    assert extract(deep)["content_text"].split("\n") == PARAS
    unclosed = "<html><body>" + "<span><b>" * 10_000 + BODY
    assert PARAS[0] in extract(unclosed)["content_text"]


def test_broken_markup_is_recovered():
    broken = ("<html><body><div class=content><p>" + PARAS[0] + "<b>" + PARAS[1] + "<p>" + PARAS[2]
              + "<table><tr><td>" + PARAS[3] + "</div></div></span></html></html>")
    text = extract(broken)["content_text"]
    assert all(p in text for p in PARAS)


# --- site rules -------------------------------------------------------------------------------------

def test_a_rule_file_entry_takes_effect():
    html = page(after='<div id="real-body"><p>这才是正文：规则选中的元素，即使它比别的块短，也会被当作正文。</p></div>')
    assert "这才是正文" not in extract(html, url="http://news.example.com/1.html")["content_text"]
    rules = {"example.com": {"body": "#real-body", "title": "//h1", "remove": [".share"]}}
    r = extract(html, url="http://news.example.com/1.html", rules=rules)
    assert r["content_text"] == "这才是正文：规则选中的元素，即使它比别的块短，也会被当作正文。"
    assert r["title"] == "海门：凝心聚力开好局"


def test_rule_lookup_by_host_and_parent_domain():
    rules = {"example.com": {"body": "#a"}, "news.example.com": {"body": "#b"}}
    assert rule_for("http://news.example.com/x", rules) == {"body": "#b"}
    assert rule_for("https://www.example.com/x", rules) == {"body": "#a"}
    assert rule_for("http://other.cn/", rules) == {}
    assert rule_for(None, rules) == {}


def test_packaged_rules_are_valid_selectors():
    from lxml import etree

    rules = load_site_rules()
    assert rules and all(isinstance(v, dict) for v in rules.values())
    root = etree.fromstring("<html><body><p>x</p></body></html>", etree.HTMLParser())
    for host, rule in rules.items():
        assert set(rule) <= RULE_FIELDS, host
        for value in (v for f, v in rule.items() if f in SELECTOR_FIELDS):
            for sel in [value] if isinstance(value, str) else value:
                for part in sel.split(","):
                    select(root, part.strip())  # compiles, never raises


SELECTOR_PAGE = """<html><body><div id="article" class="m-article main"><p class="date">2021-12-31</p>
<div class="content  TRS_Editor"><p>正文</p><p>第二段</p></div><span class="source">南通日报</span></div>
<div class="date-source x"><span class="date">2021年12月31日</span><a href="/">来源</a></div>
<div class="news_about"><p>作者</p><p>2021-12-31 11:38</p></div><div class="contentx">不是content</div>
<div class="box01"><div class="fl">时间</div></div><div id="top_bar"><b class="date">昨天</b></div></body></html>"""


@pytest.mark.parametrize("page_html", [SELECTOR_PAGE, "real"])
def test_rule_selectors_select_what_cssselect_selects(page_html):
    """Class and id steps are rewritten over the attribute axis for speed: the same elements, same order."""
    from cssselect import HTMLTranslator
    from lxml import etree

    if page_html == "real":
        page_html = min(corpus_path("magic-zh").glob("0987b0ff*.html")).read_text(encoding="utf-8")
    root = etree.fromstring(page_html.encode("utf-8"), etree.HTMLParser(encoding="utf-8"))
    selectors = {sel for rule in load_site_rules().values() for f, value in rule.items() if f in SELECTOR_FIELDS
                 for sel in ([value] if isinstance(value, str) else value)}
    selectors |= {".content p", "div .content", "#top_bar .date", ".box01 > .fl", "[class*=content]",
                  "#article, #top_bar", ".date, .source, #top_bar, #article", "#top_bar, .date-source a",
                  "[title='a | b'], #article, #top_bar"}
    found = 0
    for sel in sorted(selectors):
        expected = etree.XPath(HTMLTranslator().css_to_xpath(sel))(root)
        assert select(root, sel) == expected, sel
        found += len(expected)
    assert found


def test_article_id_is_stable():
    assert article_id("http://a.cn/1.html") == article_id("http://a.cn/1.html#top")
    assert article_id("http://a.cn/1.html") != article_id("http://a.cn/2.html")
    assert len(article_id("http://a.cn/1.html")) == 20


# --- real pages -------------------------------------------------------------------------------------

def _real(folder: str, prefix: str) -> tuple[dict, dict]:
    from newscrawl.text.decode import decode_html

    path = min(corpus_path(folder).glob(prefix + "*.html"))
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    return extract(decode_html(path.read_bytes())[0], url=gold.get("url")), gold


def test_real_guangming_page_gbk_bylines():
    r, _ = _real("cn-extract", "3e1af229")
    assert r["title"] == "土豆不“土” 土豆无“土”"
    assert r["authors"] == ["王建宏", "张文攀"]
    assert r["organisations"][0] == "光明日报"
    assert r["published_at"] == "2022-02-13T09:57:00+08:00"
    assert r["content_text"].startswith("【新春走基层】\n土豆，听名字就“土”得掉渣。")
    assert "反侵权公告" not in r["content_text"]


def test_real_yunnan_page_tail_byline():
    r, _ = _real("cn-extract", "9890f458")
    assert r["authors"] == ["胡晓蓉"]
    assert r["editors"] == ["孙重远"]


# --- forum, blog and essay pages: dates and authors without a byline line ---------------------------

def test_forum_footer_gives_date_and_author():
    """本贴由X于<date>发表 closing a post beats the dates of the replies listed after it."""
    after = ('<p><center>本贴由<b>大卫</b>于2005年8月12日16:12:21在〖<a href="/bbs">心灵体操</a>〗发表.</center>'
             '<p>原标题:【旧帖】是大卫在2005年8月12日16:10:13发表</p>')
    r = extract(page(body=BODY + after))
    assert r["published_at"] == "2005-08-12T16:12:21+08:00"
    assert r["authors"] == ["大卫"]


def test_labelled_user_name_split_across_nodes():
    before = "<div class='div_author'>作者： <font><a href='/u?id=1'>放飞&amp;心情</a></font><br>振威将军</div>"
    assert extract(page(before=before))["authors"] == ["放飞&心情"]


def test_lone_name_under_the_headline_is_the_author():
    body = "<p>胡平</p>" + BODY
    assert extract(page(body=body))["authors"] == ["胡平"]


def test_spaced_citation_meta_author_and_meta_editor_dropped():
    head = '<meta name="citation_authors" content="赵  培">'
    assert extract(page(head=head))["authors"] == ["赵培"]
    head = '<meta name="author" content="刘峻凌">'
    assert extract(page(head=head, after="<div>【责任编辑：刘峻凌】</div>"))["authors"] == []


def test_meta_user_name_shown_on_the_page():
    head = '<meta name="author" content="魑皇">'
    assert extract(page(head=head, before='<span class="up-info__name">魑皇</span>'))["authors"] == ["魑皇"]
    assert extract(page(head=head))["authors"] == []  # a user name only in meta is not trusted


def test_issue_date_at_month_precision():
    body = BODY + "<p>——《北京之春》1996年6月号</p>"
    assert extract(page(body=body))["published_at"] == "1996-06-01T00:00:00+08:00"


def test_real_essay_page_name_line_and_issue_month():
    r, _ = _real("cn-extract", "caee0a34")
    assert r["authors"] == ["胡平"]
    assert r["published_at"].startswith("1996-06")


def test_real_forum_post_footer():
    r, _ = _real("cn-extract", "9b1e5dcb")
    assert r["authors"] == ["大卫"]
    assert r["published_at"] == "2005-08-12T16:12:21+08:00"


def test_real_blog_repost_keeps_the_papers_byline_and_date():
    r, _ = _real("cn-extract", "ab65832c")
    assert r["authors"] == ["刘国栋", "周炜", "王燕平", "方云凤", "柏建斌"]
    assert r["published_at"].startswith("2003-07-24")


def test_real_asp_page_month_first_date_and_title_prefix_author():
    r, _ = _real("cn-extract", "05e98007")
    assert r["published_at"] == "2005-07-05T21:23:57+08:00"  # 7/5/2005 9:23:57 PM; the gold has 2005-5-7 (day first)
    assert r["authors"] == ["茉莉"]


_EDITOR_BITS = ["编", "辑", "责", "编辑", "责编", " ", "\u3000", "\n", ":", "：", "/", "::", "X", "张三", "a"]


def testshown_as_editor_is_the_regex_search():
    """shown_as_editor reads back from each occurrence of the name: what the cue regex finds."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st


    @given(st.lists(st.sampled_from(_EDITOR_BITS), max_size=12).map("".join),
           st.sampled_from(["X", "张三", "a", " X", "X ", "张", "编辑", "辑X"]))
    @settings(max_examples=2000, deadline=None)
    def check(html: str, name: str) -> None:
        expected = bool(re.search("(?:" + "|".join(EDITOR_CUES) + r")\s*[:：/]?\s*" + re.escape(name), html))
        assert shown_as_editor(name, html) == expected

    check()
