"""Classes of pages found by the perturbation benchmark (benchmarks/eval_perturb.py), each on a synthetic page
(made-up names and text): old-web layout tables, inline wrappers of ``<br><br>`` paragraphs, sidebar cells,
``（原标题：…）`` lines, author cards with a follow button, user-space links."""
from __future__ import annotations

from newscrawl.pages.generic import extract
from newscrawl.text.bylines import extract_bylines
from newscrawl.text.cleaning import clean_html
from tests.unit.test_author_weaknesses import PARAS, TITLE  # the same made-up article paragraphs

SIDEBAR = "".join(f'<a href="/n/{i}.htm">滨江新区召开第{i}次城市更新推进会</a><br>' for i in range(14))


def br_paragraphs(lines: list[str]) -> str:
    return "<br><br>".join("\u3000\u3000" + x for x in lines) + "<br><br>"


def old_web_page(cell: str, below: str = "") -> str:
    """A page laid out in tables: the article cell beside a sidebar cell of links, a footer row below."""
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}_滨江网</title></head><body>
<table width="100%"><tr><td><h1>{TITLE}</h1></td></tr></table>
<table width="100%" border="0"><tr><td class="text">{cell}</td><td width="200" valign="top">{SIDEBAR}</td></tr>
</table>{below}
<div class="footer">版权所有 滨江网 ICP备05000000号</div></body></html>"""


# --- cleaning: layout tables and inline wrappers -------------------------------------------------------------

def test_layout_table_holding_the_article_is_walked_into_paragraphs():
    body = ('<div><table width="100%" border="0"><tr><td>' + br_paragraphs([*PARAS, "记者 张晓明 通讯员 李华"])
            + "</td></tr></table></div>")
    texts = [b.text for b in clean_html(body)]
    assert texts[-1] == "记者 张晓明 通讯员 李华"
    assert len(texts) == len(PARAS) + 1


def test_small_one_column_table_inside_the_article_stays_whole():
    note = "<table><tr><td>附：报名须知</td></tr><tr><td>一、报名时间</td></tr><tr><td>二、报名地点</td></tr></table>"
    body = "".join(f"<p>{p}</p>" for p in PARAS) + note
    blocks = clean_html(body)
    assert blocks[-1].html.startswith("<table>")


def test_data_table_with_columns_stays_whole_even_when_large():
    rows = "".join(f"<tr><td>第{i}季度</td><td>{p}</td></tr>" for i, p in enumerate(PARAS * 3))
    blocks = clean_html(f"<table>{rows}</table>")
    assert len(blocks) == 1 and blocks[0].html.startswith("<table>")


def test_inline_wrapper_of_br_paragraphs_is_split():
    body = '<div><font size="3">' + br_paragraphs([*PARAS, "（文/图 张晓明）"]) + "</font></div>"
    texts = [b.text for b in clean_html(body)]
    assert len(texts) == len(PARAS) + 1 and texts[-1] == "（文/图 张晓明）"


def test_inline_element_with_a_single_br_stays_one_paragraph():
    blocks = clean_html("<p><b>第一行<br>第二行</b></p>")
    assert [b.text for b in blocks] == ["第一行 第二行"]


def test_closing_byline_of_a_layout_table_article_leaves_the_body():
    cell = ('<table width="100%" border="0"><tr><td>'
            + br_paragraphs([*PARAS, "滨江日报记者 张晓明 来源：滨江日报"]) + "</td></tr></table>")
    byline, kept = extract_bylines([b.text for b in clean_html(f"<td>{cell}</td>")])
    assert byline.authors == ["张晓明"] and byline.source == "滨江日报"
    assert kept == PARAS
    r = extract(old_web_page(cell))
    assert r["authors"] == ["张晓明"] and "张晓明" not in r["content_text"]


# --- the lines after a body cell: the sidebar cell beside it is no footer ----------------------------------

def test_footer_date_below_a_layout_table_is_read_past_the_sidebar_cell():
    below = '<div class="post-footer">发布日期：2021-03-05 10:20:30 所属分类：<a href="/c/">要闻</a></div>'
    r = extract(old_web_page(br_paragraphs(PARAS), below=below))
    assert r["published_at"] == "2021-03-05T10:20:30+08:00"


# --- 原标题 lines ---------------------------------------------------------------------------------------------

def test_original_title_line_at_the_head_leaves_the_body():
    byline, kept = extract_bylines(["（原标题：滨江新区城市更新再提速）", *PARAS])
    assert kept == PARAS and byline.lines == ["（原标题：滨江新区城市更新再提速）"]


def test_original_title_in_a_forum_footer_sentence_stays():
    line = "原标题:【滨江新区城市更新】是网友甲在2005年8月12日16:10:13发表"
    assert extract_bylines([*PARAS, line])[1][-1] == line


# --- self-media author cards ------------------------------------------------------------------------------

def _card_page(card: str, script: str = "") -> str:
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="a1"><h1>{TITLE}</h1><div class="a2"><span>2022-02-14 03:01</span> <span>--阅读</span> · <span>--喜欢</span>
· <span>--评论</span></div>{card}
<div class="a3">{"".join(f"<p>{p}</p>" for p in PARAS)}</div></div>{script}</body></html>"""


def test_account_in_an_author_card_with_a_follower_count_confirmed_by_a_script_field():
    card = ('<div class="c1"><a href="//u.example.com/651"><span>云上漫游者</span></a><span>粉丝：</span><span>23</span>'
            '<span>文章：</span><span>11</span><span>关注</span></div>')
    script = '<script>window.__INIT__ = {"author":{"mid":651,"name":"云上漫游者","face":""}};</script>'
    r = extract(_card_page(card, script))
    assert (r["authors"], r["authors_from"]) == (["云上漫游者"], "account")


def test_author_card_without_a_second_sighting_gives_nobody():
    card = '<div class="c1"><span>云上漫游者</span><span>粉丝：</span><span>23</span><span>关注</span></div>'
    assert extract(_card_page(card))["authors"] == []


def test_account_link_to_a_user_space_or_self_media_page_confirms_the_name_by_the_date():
    for href in ("//space.example.com/651070904", "https://www.example.com/pc/zmt?id=3455"):
        header = f'<div class="x1"><a class="x2" href="{href}">云上漫游者</a> <span>2024-05-08 23:23</span></div>'
        html = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><div class="x0">
<h1>{TITLE}</h1>{header}<div class="x3">{"".join(f"<p>{p}</p>" for p in PARAS)}</div></div></body></html>"""
        r = extract(html)
        assert (r["authors"], r["authors_from"]) == (["云上漫游者"], "account"), href


# --- site rules: author/account elements in a list of other articles name someone else -----------------------

RELATED = '<div class="rel"><h3>相关阅读</h3><ul>' + "".join(
    f'<li><a href="/a/{i}.html">滨江新区第{i}期城市更新项目集中开工</a><span class="time">2021-03-0{i} 09:00</span>'
    f'<span class="{{cls}}">{{who}}</span></li>' for i in range(1, 7)) + "</ul></div>"


def _ruled_page(article_credit: str, cls: str, who: str) -> str:
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><div class="wrap">
<h1>{TITLE}</h1><div class="info">2021-03-05 10:20 {article_credit}</div>
<div class="content">{"".join(f"<p>{p}</p>" for p in PARAS)}</div>{RELATED.format(cls=cls, who=who)}
</div></body></html>"""


def test_site_rule_author_selector_skips_the_related_list():
    rules = {"news.example.cn": {"author": ".writer"}}
    url = "https://news.example.cn/a/1.html"
    assert extract(_ruled_page("", "writer", "记者 王晓东"), url, rules=rules)["authors"] == []
    r = extract(_ruled_page('<span class="writer">记者 张晓明</span>', "writer", "记者 王晓东"), url, rules=rules)
    assert r["authors"] == ["张晓明"]


def test_site_rule_account_selector_skips_the_related_list():
    rules = {"news.example.cn": {"account": ".media-name"}}
    url = "https://news.example.cn/a/1.html"
    assert extract(_ruled_page("", "media-name", "云上漫游者"), url, rules=rules)["authors"] == []
    r = extract(_ruled_page('<span class="media-name">山间小径</span>', "media-name", "云上漫游者"), url, rules=rules)
    assert r["authors"] == ["山间小径"]


# --- bylines: a credit glued after the last name, split bylines, profile links, relative post times -----------

def test_closing_photo_credit_takes_only_the_name_glued_to_it():
    from newscrawl.text.byline_grammar import parse_byline_line
    b = parse_byline_line("文/张晓明 王立新 李华/摄")
    assert (b.authors, b.photographers) == (["张晓明", "王立新"], ["李华"])
    b = parse_byline_line("记者 张晓明 李华 摄")  # spaced after staff titles: the credit is everyone's
    assert (b.authors, b.photographers) == ([], ["张晓明", "李华"])


def test_lone_role_label_joins_the_names_after_it_only():
    from newscrawl.text.bylines import join_split_labels
    assert join_split_labels(["记者", "张晓明 李华", "2021-03-05"]) == ["记者 张晓明 李华", "2021-03-05"]
    assert join_split_labels(["作者：", "张晓明", "李华", "来源：滨江日报"]) == ["作者： 张晓明 李华", "来源：滨江日报"]
    assert join_split_labels(["作者：", "放飞&心情"]) == ["作者：", "放飞&心情"]  # a user name stays apart
    assert join_split_labels(["编辑", "讨论"]) == ["编辑", "讨论"]  # wiki tabs


def _byline_page(info: str, body_head: str = "") -> str:
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><div class="x0">
<h1>{TITLE}</h1><div class="x1">{info}</div>
<div class="x3">{body_head}{"".join(f"<p>{p}</p>" for p in PARAS)}</div></div></body></html>"""


def test_byline_split_over_two_spans_names_both_people():
    r = extract(_byline_page("<span>2021-03-05 10:20</span> <span>记者</span><span>张晓明 李华</span>"))
    assert r["authors"] == ["张晓明", "李华"]


def test_byline_as_links_to_profile_pages_by_the_title_and_in_the_body():
    links = '<a href="/author/1.html">张晓明</a> <a href="/author/2.html">李华</a>'
    r = extract(_byline_page(f"<span>2021-03-05 10:20</span> <span>作者：</span>{links}"))
    assert r["authors"] == ["张晓明", "李华"]
    r = extract(_byline_page("<span>2021-03-05 10:20</span>", body_head=f"<p>作者：{links}</p>"),
                "https://news.example.cn/a/1.html")
    assert r["authors"] == ["张晓明", "李华"] and "张晓明" not in r["content_text"]


def test_editor_line_after_the_byline_is_no_author():
    r = extract(_byline_page("<span>2021-03-05 10:20</span>",
                             body_head="<p>记者 张晓明</p><p>责任编辑：王立新 校对：李华</p>"))
    assert (r["authors"], r["editors"]) == (["张晓明"], ["王立新", "李华"])


def test_forum_post_by_a_user_at_a_relative_time():
    info = "<center>本贴由<b>云上漫游者</b>于昨天 16:12发表</center>"
    html = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><table><tr><td>
{"".join(f"<p>{p}</p>" for p in PARAS)}{info}</td></tr></table></body></html>"""
    assert extract(html)["authors"] == ["云上漫游者"]


# --- a structured time of another day against the time the page shows --------------------------------------

META_LATER = '<meta property="article:published_time" content="2021-03-07T18:00:00+08:00">'


def _dated_page(before: str = "", after: str = "", head: str = META_LATER, title_line: str = f"<h1>{TITLE}</h1>"
                ) -> str:
    return f"""<html><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head><body>{before}
<div class="x0">{title_line}<div class="x3">{"".join(f"<p>{p}</p>" for p in PARAS)}</div>{after}</div>
<div class="footer">版权所有 滨江网</div></body></html>"""


def test_cued_footer_time_beats_a_meta_time_of_another_day():
    r = extract(_dated_page(after='<div class="x9">发布日期：2021-03-05 10:20:30 所属分类：要闻</div>'))
    assert r["published_at"] == "2021-03-05T10:20:30+08:00"


def test_date_time_right_above_the_body_beats_a_meta_time_of_another_day():
    r = extract(_dated_page(title_line='<div class="t">滨江新区城市更新</div><div class="d">2021-03-05 10:20:30</div>'))
    assert r["published_at"] == "2021-03-05T10:20:30+08:00"


def test_date_line_under_the_headline_after_an_earlier_copy_of_the_title():
    menu = "".join(f'<a href="/l/{i}">栏目{i}</a>' for i in range(45))
    before = f'<div class="share"><span>{TITLE}</span><span>分享到：</span>{menu}</div>'
    title_line = f'<h1>{TITLE}</h1><div class="i"><p>2021-03-05 10:20</p><p>来源：滨江日报</p></div>'
    r = extract(_dated_page(before=before, title_line=title_line))
    assert r["published_at"] == "2021-03-05T10:20:00+08:00"


def test_a_day_strip_at_the_top_of_the_page_yields_to_structured_data():
    r = extract(_dated_page(before='<div class="top">2021年3月1日 星期一</div>'))
    assert r["published_at"] == "2021-03-07T18:00:00+08:00"


# --- outlet-glued reporters: 东方网记者张三、李四报道：, 每经编辑 李四 -------------------------------------------

def test_reporter_glued_to_the_outlet_and_to_report():
    from newscrawl.text.byline_grammar import parse_byline_line
    b = parse_byline_line("滨江网记者张晓明、李华报道")
    assert (b.authors, b.organisations) == (["张晓明", "李华"], ["滨江网"])
    b = parse_byline_line("滨江记者 张晓明 滨江编辑 李华")
    assert (b.authors, b.editors) == (["张晓明"], ["李华"])
    assert parse_byline_line("相关报道") is None


def test_report_lead_opening_the_first_paragraph():
    byline, kept = extract_bylines(["滨江网记者张晓明报道：" + PARAS[0], *PARAS[1:]])
    assert byline.authors == ["张晓明"] and kept[0].startswith("滨江网记者张晓明报道：")
    assert extract_bylines(["据新华社报道：" + PARAS[0], *PARAS[1:]])[0].authors == []


def test_yesterday_with_a_clock_time_takes_the_day_of_the_url_when_nothing_else_anchors_it():
    html = _dated_page(head="", title_line=f'<h1>{TITLE}</h1><div class="i"><span>昨天 10:20</span></div>')
    assert extract(html, "https://news.example.cn/2021/0305/a.html")["published_at"] == "2021-03-05T10:20:00+08:00"
    assert extract(html, "https://news.example.cn/a/1.html")["published_at"] is None  # never the wall clock
    anchored = _dated_page(title_line=f'<h1>{TITLE}</h1><div class="i"><span>昨天 18:00</span></div>')
    assert extract(anchored, "https://news.example.cn/2021/0305/a.html")["published_at"] == "2021-03-07T18:00:00+08:00"


def test_date_in_chinese_numerals_signs_a_notice():
    notice = ("<p>特此通知。</p><p>滨江市教育局</p><p>二〇二一年三月五日</p>")
    html = _dated_page(head="", after="").replace("</div></div>", notice + "</div></div>", 1)
    assert extract(html)["published_at"] == "2021-03-05T00:00:00+08:00"
    assert extract(_dated_page(head="", title_line=f"<h1>{TITLE}</h1><p>二○○五年八月十二日</p>"))[
        "published_at"] == "2005-08-12T00:00:00+08:00"


def test_bracketed_byline_opening_the_first_paragraph():
    byline, kept = extract_bylines(["【文/滨江网 张晓明】" + PARAS[0], *PARAS[1:]])
    assert byline.authors == ["张晓明"] and kept[0].startswith("【文/滨江网 张晓明】")
    assert extract_bylines(["【编者按】" + PARAS[0], *PARAS[1:]])[0].lines == []


def test_post_footer_of_a_repost_under_the_texts_byline_names_no_author():
    footer = "- 作者： 王立新 访问统计： 2005年08月30日, 星期二 13:22"
    assert extract_bylines(["本报记者 张晓明", *PARAS, footer])[0].authors == ["张晓明"]
    assert extract_bylines([*PARAS, footer])[0].authors == ["王立新"]  # the poster when nobody else is named
    assert extract_bylines(["本报记者 张晓明", *PARAS, "作者：李华"])[0].authors == ["张晓明", "李华"]
