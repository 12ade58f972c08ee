"""Author weaknesses found by the perturbation benchmark and the names work (issue 14), one class each on a
synthetic example: author elements in lists of other articles, ``X/文 来源：…`` on one line, self-media
account names ending in a topic word, a compound surname parted by a space."""
from __future__ import annotations

from lxml import html as lxml_html

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.accounts import element_poster, in_other_articles

PARAS = [
    "今年以来，这座城市坚持以产业升级带动发展，各项工作取得新进展，居民收入稳步提高。",
    "有关负责人表示，要把握新发展阶段，推动高质量发展，让更多群众共享发展成果。",
    "据了解，当地一般公共预算收入同比增长百分之十二，规模以上工业产值突破两千亿元。",
    "下一步，当地将聚焦产业强区、城市更新和民生改善，奋力打造现代化示范区。",
]
TITLE = "城市更新带动产业升级"
HEADLINES = ["西部地区出台养老服务新举措", "新能源汽车产业链加快成长", "沿海城市推进城市更新行动",
             "冬季供暖保障工作全面启动", "防汛备汛工作迎来新的考验", "乡村振兴示范项目陆续落地"]


def related(credits: list[str], heading: str = "相关阅读", cls: str = "box3") -> str:
    items = "".join(f'<li><a href="/news/{i}.html">{h}</a><span class="time">2020-0{i + 1}-1{i} 10:2{i}</span>'
                    f'<span class="author">{c}</span></li>' for i, (h, c) in enumerate(zip(HEADLINES, credits)))
    return f'<div class="{cls}"><h3>{heading}</h3><ul>{items}</ul></div>'


def page(after: str = "", before: str = "", header: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="main">{before}<div class="article"><h1>{TITLE}</h1>{header}<div class="info">2021-05-06 10:00</div>
<div class="article-content">{body}</div></div>{after}</div></body></html>"""


CREDITS = ["记者 林某甲", "文/许某乙", "作者：陈某丙", "记者 王某丁", "文/赵某戊", "作者：孙某己"]


# --- 1. author elements in lists of other articles -------------------------------------------------------

def test_related_list_credits_are_not_the_articles_author() -> None:
    for heading in ("相关阅读", "热点新闻"):  # headed box, and a feed under a heading that says nothing
        for where in ("after", "before"):
            box = related(CREDITS, heading=heading)
            html = page(**{where: box})
            r = extract(html)
            assert r["authors"] == [], (heading, where, r["authors"])


def test_author_element_outside_lists_still_found_after_a_related_list() -> None:
    # six related items come first in document order; the post's own author element after them still counts
    html = page(before=related(CREDITS), header='<div class="author-box"><span class="author">作者：苏某庚</span></div>')
    root = lxml_html.fromstring(html)
    elements = root.xpath("//*[contains(@class, 'author')]")
    assert element_poster(elements) == "苏某庚"


def test_author_element_byline_is_parsed_with_the_grammar() -> None:
    root = lxml_html.fromstring('<div><span class="author">记者 林某甲</span><span class="author">文/许安</span>'
                                '<span class="author">责任编辑：王某</span></div>')
    spans = root.xpath("//span")
    assert element_poster(spans[:1]) == "林某甲"
    assert element_poster(spans[1:2]) == "许安"
    assert element_poster(spans[2:]) is None  # an editor's credit names no author


def test_in_other_articles_recognises_feed_items_and_headed_boxes() -> None:
    root = lxml_html.fromstring(page(after=related(CREDITS, heading="热点新闻")))
    spans = root.xpath("//span[@class='author']")
    assert spans and all(in_other_articles(s) for s in spans)
    info = root.xpath("//div[@class='info']")[0]
    assert not in_other_articles(info)


# --- 2. a closing credit (X/文, X/摄, X/图) then a labelled field on the same line --------------------------

def test_closing_credit_then_source_on_one_line() -> None:
    from newscrawl.text.bylines import parse_byline
    cases = {
        "钱某某/文 来源：某某青年报": (["钱某某"], [], [], "某某青年报"),
        "钱某某/文  来源：某某青年报": (["钱某某"], [], [], "某某青年报"),
        "孙某/摄 来源：某某社": ([], ["孙某"], [], "某某社"),
        "孙某/图 来源：某某社": ([], ["孙某"], [], "某某社"),
        "钱某某/文 编辑：李某": (["钱某某"], [], ["李某"], None),
        "钱某某/文 图：李某": (["钱某某"], ["李某"], [], None),
        # groups that stay one credit
        "钱某某 文/图 来源：某某报": (["钱某某"], ["钱某某"], [], "某某报"),
        "文/钱某某 来源：某某青年报": (["钱某某"], [], [], "某某青年报"),
        "□记者 张建国 实习生 李丹丹 文/图": (["张建国", "李丹丹"], ["张建国", "李丹丹"], [], None),
    }
    for line, (a, p, e, src) in cases.items():
        b = parse_byline(line)
        assert (b.authors, b.photographers, b.editors, b.source) == (a, p, e, src), line


# --- 3. self-media accounts named for their topic ----------------------------------------------------------

def test_topic_accounts_pass_and_outlet_channels_do_not() -> None:
    from newscrawl.text.names import is_author_name, is_non_author, is_topic_account
    for name in ("老周说财经", "小吴看科技", "老钱聊汽车", "阿杰谈体育", "老周财经", "胖虎侃娱乐"):
        assert is_topic_account(name) and is_author_name(name) and not is_non_author(name), name
    # an outlet's or a portal's channel; a stem that is an outlet; a placeholder stem
    for name in ("新浪财经", "网易财经", "腾讯科技", "凤凰财经", "环球财经", "中国财经", "每日财经",
                 "某某日报说财经", "本报说财经"):
        assert not is_topic_account(name) and not is_author_name(name), name
    assert not is_topic_account("财经") and not is_topic_account("说财经")


def test_labelled_author_field_with_a_topic_account() -> None:
    r = extract(page(header='<div class="meta"><span>作者：老周说财经</span></div>'))
    assert r["authors"] == ["老周说财经"]
    r = extract(page(header='<div class="meta"><span>作者：环球财经</span></div>'))
    assert r["authors"] == []


# --- 4. a compound surname parted by a space from its given name -------------------------------------------

def test_spaced_compound_surname_is_one_name() -> None:
    from newscrawl.text.bylines import parse_byline
    from newscrawl.text.names import join_spaced_surnames
    cases = {
        "记者 欧阳 娜娜": ["欧阳娜娜"],
        "作者：上官 婉儿": ["上官婉儿"],
        "记者　诸葛　亮": ["诸葛亮"],
        "记者 欧阳 明 王五": ["欧阳明", "王五"],
        "记者 张三 欧阳 娜娜": ["张三", "欧阳娜娜"],
        # both parts are names on their own: two people
        "记者 欧阳 张三": ["欧阳", "张三"],
        "记者 欧阳 张三 李四": ["欧阳", "张三", "李四"],
        "记者 王五 李四": ["王五", "李四"],
    }
    for line, want in cases.items():
        assert parse_byline(line).authors == want, line
    assert join_spaced_surnames("欧阳 娜娜、张三") == "欧阳娜娜、张三"
    assert join_spaced_surnames("欧阳、娜娜") == "欧阳、娜娜"  # only spaces part a name


# --- a forum footer whose poster's name is marked up: 本贴由<b>X</b>于<date>发表 ---------------------------------

def test_forum_footer_with_the_posters_name_in_its_own_element() -> None:
    footer = '<center>本贴由<b>放飞心情</b>于2005年8月12日16:12:21在〖<a href="/bbs/1">某某论坛</a>〗发表.</center>'
    r = extract(page(after=footer))
    assert r["authors"] == ["放飞心情"] and r["authors_from"] == "poster"
    r = extract(page(after=footer.replace("2005年8月12日", "08-12 ")))  # a yearless date
    assert r["authors"] == ["放飞心情"]


# --- a reporter's name alone in the date line under the headline (no label, classes that say nothing) -------

def test_name_alone_in_the_date_line() -> None:
    line = '<div class="c1"><span>2023-06-15 08:10</span> <span>来源：某某新闻网</span> <span>{}</span></div>'
    r = extract(page(header=line.format("孙小明")))
    assert r["authors"] == ["孙小明"] and r["authors_from"] == "name-line"
    # two names, a handle, or the name labelled as the editor: nobody
    r = extract(page(header=line.format("孙小明</span> <span>李大华")))
    assert r["authors"] == []
    assert extract(page(header=line.format("放飞心情")))["authors"] == []
    r = extract(page(header=line.format("编辑：孙小明")))
    assert r["authors"] == [] and r["editors"] == ["孙小明"]
    assert extract(page(header=line.format("责任编辑：</span><span>孙小明")))["authors"] == []
    # a category link or a breadcrumb piece that reads as a name (国内 > 正文) is nobody
    assert extract(page(header=line.format('<a href="/gn/">国内</a>')))["authors"] == []
    assert extract(page(header=line.format("&gt;&gt;</span> <span>国内</span> <span>&gt;&gt; 正文")))["authors"] == []


# --- a self-media platform's statement placed after a comment block ------------------------------------------

def test_self_media_statement_after_a_comment_block_still_counts() -> None:
    header = '<p class="time"><span>2019-05-17</span><span> · </span><span>江畔城事</span></p>'
    items = "".join(f'<div class="item"><span class="user">网友{i}号</span><span class="time">2019-05-1{i} 10:0{i}</span>'
                    f'<p>说得很好，希望尽快落实到位！</p></div>' for i in range(6))
    comments = f'<div class="comment-list"><div class="hd">网友评论（6）</div>{items}</div>'  # longer than the lines read
    statement = "<div>特别声明：以上内容为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>"
    card = '<div class="colum_info"><h4>江畔城事</h4><p>关注城市发展</p></div>'
    html = page(header=header, after=comments + card + statement)
    assert extract(html)["authors"] == ["江畔城事"]
    assert extract(page(header=header, after=comments + card))["authors"] == []  # no statement: nobody
