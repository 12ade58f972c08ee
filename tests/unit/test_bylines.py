"""newscrawl.text.bylines: byline lines → people, organisations, source; byline removal from article bodies."""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newscrawl.text.bylines import Byline, extract_bylines, parse_byline

NOT_A_BYLINE = None

# (line, (authors, photographers, editors, organisations, source)) — NOT_A_BYLINE: nothing recognised
CASES = [
    ("文：陈静黄天玲俞新美", (["陈静", "黄天玲", "俞新美"], [], [], [], None)),
    # an outlet's short name glued to any role word (每经记者 … 每经编辑, X报编辑, X新闻编辑, X日报摄影记者)
    ("每经记者：张伟\u3000每经编辑：李明", (["张伟"], [], ["李明"], ["每经"], None)),
    ("某某报编辑：李明", ([], [], ["李明"], ["某某报"], None)),
    ("某某新闻编辑 李明", ([], [], ["李明"], ["某某新闻"], None)),
    ("某某日报责任编辑：王芳", ([], [], ["王芳"], ["某某日报"], None)),
    ("某某日报通讯员 王芳", (["王芳"], [], [], ["某某日报"], None)),
    ("某某晚报摄影记者 刘强", ([], ["刘强"], [], ["某某晚报"], None)),
    # an outlet joined to the role word by a plus sign or a middle dot (澜江+记者, X新闻＋记者, X客户端·记者)
    ("溪山+记者 黄一鸣 报道", (["黄一鸣"], [], [], ["溪山"], None)),
    ("某某新闻＋记者 张晓明 李红", (["张晓明", "李红"], [], [], ["某某新闻"], None)),
    ("某某客户端·记者 张晓明", (["张晓明"], [], [], ["某某客户端"], None)),
    ("+记者 黄一鸣", NOT_A_BYLINE),
    # an organisation before the name after 作者 (school and government CMSs): the trailing name is the author
    ("作者：学生记者团 张伟", (["张伟"], [], [], ["学生记者团"], None)),
    ("作者：经济管理学院 王芳", (["王芳"], [], [], ["经济管理学院"], None)),
    ("作者：党委宣传部 王强", (["王强"], [], [], ["党委宣传部"], None)),
    ("作者：校长办公室 刘强", (["刘强"], [], [], ["校长办公室"], None)),
    ("作者：校长办公室刘强", (["刘强"], [], [], ["校长办公室"], None)),
    ("作者：学生记者团 张伟　来源：经济管理学院", (["张伟"], [], [], ["学生记者团"], "经济管理学院")),
    # transliterated Tibetan names (2-3 listed syllables, no Han surname) after a role word or in a dateline
    ("新华社拉萨9月13日电（记者次仁罗布）", (["次仁罗布"], [], [], [], None)),
    ("记者 格桑卓玛 张伟", (["格桑卓玛", "张伟"], [], [], [], None)),
    ("本报记者 扎西平措多吉", (["扎西平措多吉"], [], [], [], None)),
    ("记者白玛央金、李明", (["白玛央金", "李明"], [], [], [], None)),
    ("图：海门区委宣传部许丛军 ", ([], ["许丛军"], [], ["海门区委宣传部"], None)),
    ("（文章来源：南通日报）", ([], [], [], [], "南通日报")),
    ("光明日报记者 王建宏 张文攀", (["王建宏", "张文攀"], [], [], ["光明日报"], None)),
    ("新华网黑龙江频道  记者  伊琳  李清芬", (["伊琳", "李清芬"], [], [], ["新华网黑龙江频道"], None)),
    ("本报实习生 刘国栋 周炜 本报记者 王燕平 方云凤 柏建斌",
     (["刘国栋", "周炜", "王燕平", "方云凤", "柏建斌"], [], [], [], None)),
    ("（记者唐霁）", (["唐霁"], [], [], [], None)),
    ("（记者 胡晓蓉） 责任编辑：孙重远", (["胡晓蓉"], [], ["孙重远"], [], None)),
    ("摄影/张艳  编辑/苏芳", ([], ["张艳"], ["苏芳"], [], None)),
    ("责任编辑：李曦_NN2587", ([], [], ["李曦"], [], None)),
    ("作者：未知", ([], [], [], [], None)),
    ("作者：佚名", ([], [], [], [], None)),
    ("来源：河南日报客户端", ([], [], [], [], "河南日报客户端")),
    ("□记者 张三", (["张三"], [], [], [], None)),
    ("【编辑：李四】", ([], [], ["李四"], [], None)),
    ("文/图 王五", (["王五"], ["王五"], [], [], None)),
    ("通讯员 顾小燕 记者 陈明", (["顾小燕", "陈明"], [], [], [], None)),
    ("记者 王建宏 张文攀", (["王建宏", "张文攀"], [], [], [], None)),
    ("作者:曹磊", (["曹磊"], [], [], [], None)),
    ("撰文 / 邹多为", (["邹多为"], [], [], [], None)),
    ("特约记者 刘光博", (["刘光博"], [], [], [], None)),
    ("见习记者 倪仕轩", (["倪仕轩"], [], [], [], None)),
    ("本报讯（记者 张三 通讯员 李四）", (["张三", "李四"], [], [], [], None)),
    ("新华社北京12月8日电（记者 王五）", (["王五"], [], [], [], None)),
    ("新华社记者邹多为、唐诗凝、丁乐", (["邹多为", "唐诗凝", "丁乐"], [], [], ["新华社"], None)),
    ("（总台央视记者 奚丹霓 张赛）", (["奚丹霓", "张赛"], [], [], ["总台央视"], None)),
    ("新华社记者 张三 摄", ([], ["张三"], [], ["新华社"], None)),
    ("张三 摄", ([], ["张三"], [], [], None)),
    ("张三/文 李四/图", (["张三"], ["李四"], [], [], None)),
    ("文 张三 图 李四", (["张三"], ["李四"], [], [], None)),
    ("摄像：刘涛", ([], ["刘涛"], [], [], None)),
    ("视频：郭旭", ([], ["郭旭"], [], [], None)),
    ("图文：宋怡", (["宋怡"], ["宋怡"], [], [], None)),
    ("责编：杨格", ([], [], ["杨格"], [], None)),
    ("校对：张毅", ([], [], ["张毅"], [], None)),
    ("审核：王伟 编审：李娜", ([], [], ["王伟", "李娜"], [], None)),
    ("编辑 | 张三 审核 | 李四", ([], [], ["张三", "李四"], [], None)),
    ("【责任编辑:王頔】", ([], [], ["王頔"], [], None)),
    ("责任编辑：支全明 SF099", ([], [], ["支全明"], [], None)),
    ("责任编辑：DF380", ([], [], [], [], None)),
    ("文章来源：千龙网", ([], [], [], [], "千龙网")),
    ("稿件来源：人民日报", ([], [], [], [], "人民日报")),
    ("作者：北京大学教授张三", (["张三"], [], [], ["北京大学"], None)),
    ("作者：上海市社会科学院副研究员李四", (["李四"], [], [], ["上海市社会科学院"], None)),
    ("（本文来源：经济日报 作者：中国国际经济交流中心研究员徐占忱）",
     (["徐占忱"], [], [], ["中国国际经济交流中心"], "经济日报")),
    ("作者：中国国际经济交流中心世界经济研究部部长，“一带一路”研究部部长、研究员徐占忱",
     (["徐占忱"], [], [], [], None)),
    ("文章来源：上海<span class=\"kw\"><a href=\"/s\">证券</a></span>报", ([], [], [], [], "上海证券报")),
    ("转载自：澎湃新闻", ([], [], [], [], "澎湃新闻")),
    ("来源:东方网", ([], [], [], [], "东方网")),
    ("（来源：新华网）", ([], [], [], [], "新华网")),
    ("来源：巴彦淖尔日报  编辑：苏亮", ([], [], ["苏亮"], [], "巴彦淖尔日报")),
    ("发布时间：2022-02-13 04:22:18   来源：云南日报", ([], [], [], [], "云南日报")),
    ("2021-12-08 10:00 来源：新华网 作者：张三", (["张三"], [], [], [], "新华网")),
    ("中青报·中青网记者 魏其濛 来源：中国青年报", (["魏其濛"], [], [], ["中青报", "中青网"], "中国青年报")),
    ("图片来源：霍尼韦尔官网", ([], [], [], ["霍尼韦尔官网"], None)),
    ("记者 John Smith", (["John Smith"], [], [], [], None)),
    ("记者 禤某某", (["禤某某"], [], [], [], None)),
    ("責任編輯：陳明", ([], [], ["陳明"], [], None)),
    # more real lines (cn-extract / magic-zh pages, finews posts)
    ("作者：宋怡 杨志华", (["宋怡", "杨志华"], [], [], [], None)),
    ("编辑： 金金", ([], [], ["金金"], [], None)),
    ("来源： 21世纪经济报道", ([], [], [], [], "21世纪经济报道")),
    ("来源：新闻晨报 编辑：山石", ([], [], ["山石"], [], "新闻晨报")),
    ("（松花江网编辑 孙桂芳）", ([], [], ["孙桂芳"], ["松花江网"], None)),
    ("责任编辑：刘光博", ([], [], ["刘光博"], [], None)),
    ("【责任编辑：张毅】", ([], [], ["张毅"], [], None)),
    ("文/记者 栗思", (["栗思"], [], [], [], None)),
    ("撰稿：徐占忱", (["徐占忱"], [], [], [], None)),
    ("记者 邹伟 摄", ([], ["邹伟"], [], [], None)),
    ("实习生 樊亮 张明超 记者 惠禾", (["樊亮", "张明超", "惠禾"], [], [], [], None)),
    ("首席记者 欧阳小明", (["欧阳小明"], [], [], [], None)),
    ("通讯员 司马光明", (["司马光明"], [], [], [], None)),
    ("本报记者 王燕平 北京报道", (["王燕平"], [], [], [], None)),
    ("来源：央视新闻客户端", ([], [], [], [], "央视新闻客户端")),
    ("来源：北青网-北京青年报", ([], [], [], [], "北青网-北京青年报")),
    # running text is never a byline
    ("网易商业报道", NOT_A_BYLINE),
    ("相关报道", NOT_A_BYLINE),
    ("[作者简介]", NOT_A_BYLINE),
    ("据记者了解，这是一项新技术。", NOT_A_BYLINE),
    ("据记者了解", NOT_A_BYLINE),
    # glued names followed by 发自 + place; a bracketed Latin form of the name; 译 is read, not kept
    ("本报记者罗科苏盈发自北京", (["罗科", "苏盈"], [], [], [], None)),
    ("记者 张三 发自北京", (["张三"], [], [], [], None)),
    ("作者： 周思博 (Joel Spolsky) 译： Chen Bin 2005年1月2日", (["周思博"], [], [], [], None)),
    # a person named as the source wrote the piece; an outlet stays the source
    ("来源: 尹娟", (["尹娟"], [], [], [], None)),
    ("来源：华商报", ([], [], [], [], "华商报")),
    ("记者从中国石化（600028）获悉", NOT_A_BYLINE),
    ("记者今天从国家知识产权局第四季度例行新闻发布会上了解到", NOT_A_BYLINE),
    ("记者调查", NOT_A_BYLINE),
    ("（附名单）", NOT_A_BYLINE),
    ("（12-08）", NOT_A_BYLINE),
    ("图：活动现场", NOT_A_BYLINE),
    ("图为活动现场。", NOT_A_BYLINE),
    ("编辑", NOT_A_BYLINE),
    ("编辑链接", NOT_A_BYLINE),
    ("作者须知", NOT_A_BYLINE),
    ("深化思想引领，把悟透新思想作为源头活水", NOT_A_BYLINE),
    ("海门区发改委主任俞军表示：“作为推动全区经济社会高质量发展的排头兵和先锋队。”", NOT_A_BYLINE),
    ("对于记者的提问，广汽有关高层人士回答肯定", NOT_A_BYLINE),
    ("", NOT_A_BYLINE),
]


@pytest.mark.parametrize("line, expected", CASES, ids=[c[0][:24] or "empty" for c in CASES])
def test_parse_byline(line, expected):
    b = parse_byline(line)
    if expected is NOT_A_BYLINE:
        assert b == Byline()
        return
    authors, photographers, editors, organisations, source = expected
    assert (b.authors, b.photographers, b.editors, b.organisations, b.source) == (
        authors, photographers, editors, organisations, source)
    assert b.lines == [line.strip()]


def test_parse_byline_multiline_merges_and_dedupes():
    b = parse_byline("文：陈静黄天玲俞新美\n正文不是署名。\n图：海门区委宣传部许丛军\n记者 陈静")
    assert b.authors == ["陈静", "黄天玲", "俞新美"]
    assert b.photographers == ["许丛军"]
    assert b.lines == ["文：陈静黄天玲俞新美", "图：海门区委宣传部许丛军", "记者 陈静"]


# --- extract_bylines -----------------------------------------------------------------------------------

def test_extract_head_and_tail_lines():
    paras = ["光明日报记者 王建宏 张文攀", "正文第一段。", "正文第二段。", "（记者 胡晓蓉） 责任编辑：孙重远"]
    b, rest = extract_bylines(paras)
    assert rest == ["正文第一段。", "正文第二段。"]
    assert b.authors == ["王建宏", "张文攀", "胡晓蓉"]
    assert b.editors == ["孙重远"]
    assert b.organisations == ["光明日报"]
    assert b.lines == ["光明日报记者 王建宏 张文攀", "（记者 胡晓蓉） 责任编辑：孙重远"]


@pytest.mark.parametrize("last, kept, source", [
    ("……相关工作。（证券时报）", "……相关工作。", "证券时报"),
    ("北向资金净流入。(中证网)", "北向资金净流入。", "中证网"),
    ("这是一条消息。 （央视新闻）", "这是一条消息。", "央视新闻"),
    ("国债中标利率为2.4823%。(东方财富Choice数据)", "国债中标利率为2.4823%。", "东方财富Choice数据"),
    ("上证指数站上3600点。（e公司）", "上证指数站上3600点。", "e公司"),
    ("他说：“会好的。”（新华社）", "他说：“会好的。”", "新华社"),
    ("来看看都买了哪些股？（附名单）", "来看看都买了哪些股？（附名单）", None),
    ("人民币汇率（12-08）", "人民币汇率（12-08）", None),
    ("公告如下。（完）", "公告如下。（完）", None),
    ("股价上涨（新华社）", "股价上涨（新华社）", None),  # no sentence end before it: part of the text
    ("详情见附表。（记者 张三）", "详情见附表。", None),
    ("到头来，一位自甘穷酸的外科医生。（袁源）", "到头来，一位自甘穷酸的外科医生。", None),
    ("过一个廉洁的新春佳节。（常书香 马丹阳 ）", "过一个廉洁的新春佳节。", None),
    ("难道不都是利益再分配的过程吗？”（姚峰 上海报道）", "难道不都是利益再分配的过程吗？”", None),
])
def test_trailing_bracket_source(last, kept, source):
    b, rest = extract_bylines(["第一段。", last])
    assert rest == ["第一段。", kept]
    assert b.source == source
    if kept != last:
        assert b.lines == [last[len(kept):].strip()]


@pytest.mark.parametrize("last, authors", [
    ("外科医生。（袁源）", ["袁源"]),
    ("新春佳节。（常书香 马丹阳 ）", ["常书香", "马丹阳"]),
    ("分配的过程吗？”（姚峰 上海报道）", ["姚峰"]),
    ("股市收涨。（证券时报）", []),
])
def test_trailing_bracketed_names_are_authors(last, authors):
    b, _ = extract_bylines(["第一段。", last])
    assert b.authors == authors


def test_trailing_bracket_byline_gives_author():
    b, _ = extract_bylines(["第一段。", "详情见附表。（记者 张三）"])
    assert b.authors == ["张三"]


def test_paragraph_that_is_only_a_bracketed_source_is_removed():
    b, rest = extract_bylines(["正文。", "（文章来源：南通日报）"])
    assert rest == ["正文。"]
    assert b.source == "南通日报"


def test_lead_dateline_byline_is_read_but_paragraph_kept():
    first = "本报讯（记者 张三 通讯员 李四）昨天，全市召开会议。"
    b, rest = extract_bylines([first, "第二段。"])
    assert rest == [first, "第二段。"]
    assert b.authors == ["张三", "李四"]
    assert b.lines == ["本报讯（记者 张三 通讯员 李四）"]


def test_running_text_in_head_and_tail_is_kept():
    paras = ["据记者了解，项目进展顺利。", "记者从中国石化（600028）获悉", "中间。",
             "记者今天从国家知识产权局获悉", "（附名单）"]
    b, rest = extract_bylines(paras)
    assert rest == paras
    assert b == Byline()


def test_long_tail_run_of_byline_lines():
    paras = ["正文一。", "正文二。", "文：陈静", "图：许丛军", "编辑：苏芳", "审核：李娜", "终审：王伟",
             "来源：南通日报"]
    b, rest = extract_bylines(paras)
    assert rest == ["正文一。", "正文二。"]
    assert b.editors == ["苏芳", "李娜", "王伟"]
    assert b.source == "南通日报"


def test_empty_input():
    assert extract_bylines([]) == (Byline(), [])


# --- real posts --------------------------------------------------------------------------------------

def _paragraphs_of_post(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [html.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p[^>]*>(.*?)</p>", text, re.DOTALL)]


def test_seed_post(seed_post):
    paras = _paragraphs_of_post(seed_post)
    assert len(paras) == 23  # 20 body paragraphs + 3 byline/source paragraphs
    assert paras[-3:] == ["文：陈静黄天玲俞新美", "图：海门区委宣传部许丛军 ", "（文章来源：南通日报）"]
    b, rest = extract_bylines(paras)
    assert b.authors == ["陈静", "黄天玲", "俞新美"]
    assert b.photographers == ["许丛军"]
    assert b.editors == []
    assert b.organisations == ["海门区委宣传部"]
    assert b.source == "南通日报"
    assert b.lines == ["文：陈静黄天玲俞新美", "图：海门区委宣传部许丛军", "（文章来源：南通日报）"]
    assert rest == paras[:20]


def _digest_paragraphs(path: Path) -> list[str]:
    """Body of an Eastmoney digest post: text after the front matter, minus the link and back-link lines."""
    parts = re.split(r"^---\s*$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    body = parts[2] if len(parts) >= 3 else parts[-1]
    paras = [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    return [p for p in paras if not re.match(r"^(<http|<>|\[返回)", p)]


def test_eastmoney_digests(finews_posts):
    files = sorted(finews_posts.glob("2021-12-08-*.md"))
    assert len(files) > 50
    sources: dict[str, int] = {}
    for path in files:
        paras = _digest_paragraphs(path)
        b, rest = extract_bylines(paras)
        assert b.authors == b.photographers == b.editors == [], path.name
        assert rest[:-1] == paras[:-1], path.name
        if b.source is None:
            assert rest == paras, path.name
            continue
        assert 2 <= len(b.source) <= 20 and not re.search(r"[。，,:：()（）\s]", b.source), path.name
        last = paras[-1].rstrip()
        bracket = b.lines[-1]
        assert bracket in ((f"（{b.source}）", f"({b.source})")) and last.endswith(bracket), path.name
        assert rest[-1] == last[: -len(bracket)].rstrip(), path.name
        sources[b.source] = sources.get(b.source, 0) + 1
    expected = {"央视新闻", "证券时报", "财联社", "中证网", "上海证券报", "东方财富Choice数据", "e公司"}
    assert expected <= set(sources)
    assert sum(sources.values()) >= 25


def test_eastmoney_digest_without_source_keeps_its_bracket(finews_posts):
    path = finews_posts / "2021-12-08-202112082207150622.md"
    if not path.exists():
        pytest.skip("digest with （附名单） not in this corpus")
    paras = _digest_paragraphs(path)
    assert paras[-1].endswith("（附名单）")
    b, rest = extract_bylines(paras)
    assert rest == paras and b.source is None


# --- properties --------------------------------------------------------------------------------------

_FRAGMENTS = ["文：陈静黄天玲俞新美", "图：海门区委宣传部许丛军", "（文章来源：南通日报）", "记者 张三",
              "责任编辑：李四", "来源：新华网", "（证券时报）", "。", "，", "正文", "记者从", "据记者了解",
              "（附名单）", "本报讯（记者 王五）",
              "(中证网)", " ", "\u3000", "摄", "文/图", "编辑", "12-08", "新华社"]
_paragraph = st.one_of(
    st.text(max_size=30),
    st.lists(st.sampled_from(_FRAGMENTS), max_size=5).map("".join),
)


@given(st.lists(_paragraph, max_size=9))
@example(paragraphs=["12-08（证券时报）文：陈静黄天玲俞新美", "12-08（证券时报）（证券时报）"])
@example(paragraphs=[" 文：陈静黄天玲俞新美", " "])
@example(paragraphs=["，文：陈静黄天玲俞新美", "，"])
@example(paragraphs=["文：陈静黄天玲俞新美", ")"])
@settings(max_examples=400, deadline=None)
def test_extract_bylines_only_removes_what_it_reports(paragraphs):
    b, rest = extract_bylines(paragraphs)
    # remaining paragraphs are originals, in order; only the last may be a shortened original
    j = 0
    removed: list[str] = []
    for k, para in enumerate(rest):
        exact = next((i for i in range(j, len(paragraphs)) if paragraphs[i] == para), None)
        if exact is None:  # only the last paragraph may be shortened
            assert k == len(rest) - 1 and para, (paragraphs, rest)
            shortened = [i for i in range(j, len(paragraphs)) if paragraphs[i].startswith(para)
                         and paragraphs[i][len(para):].strip() in b.lines]
            assert shortened, (paragraphs, rest, b.lines)
            exact = shortened[-1]
        removed.extend(paragraphs[j:exact])
        j = exact + 1
    removed.extend(paragraphs[j:])
    for para in removed:  # a lone closing bracket joins the line before it (【责任编辑:X, then 】)
        assert para.strip() in b.lines or (
            any(x.startswith(para.strip()) and x[len(para.strip()):] in "】]）)" for x in b.lines)
            or (para.strip() in "】]）)" and any(x.endswith(para.strip()) for x in b.lines))), (para, b.lines)


@given(st.text(max_size=80))
@settings(max_examples=400, deadline=None)
def test_parse_byline_never_raises(text):
    b = parse_byline(text)
    assert isinstance(b, Byline)
    assert all(isinstance(x, str) and x for x in b.authors + b.photographers + b.editors + b.organisations)


def test_head_byline_after_headline_lines():
    """A byline under the repeated title and subtitle (blog reposts of paper articles) leaves the body."""
    paras = ["谁来为无序拆房“埋单”？", "拆房屡出命案 管理形同虚设", "谁来为无序拆房“埋单”？",
             "本报实习生 刘国栋 周炜", "本报记者 王燕平 方云凤 柏建斌", "2003-7-24 钱江晚报",
             "为拆一幢房，断送了三条人命。前天的这场惨剧发生得实在太突然，太震惊了。"]
    b, rest = extract_bylines(paras)
    assert b.authors == ["刘国栋", "周炜", "王燕平", "方云凤", "柏建斌"]
    assert rest == paras[:3] + paras[5:]


def test_no_head_byline_after_running_text():
    paras = ["海门区今年以来坚持以思想引领发展，全区上下凝心聚力。", "区委书记在会上讲话。", "正文第三段。",
             "记者 张三", "正文继续，各项工作取得新进展。", "下一步工作。", "再下一步。", "结尾。", "完了。"]
    b, rest = extract_bylines(paras)
    assert b.authors == [] and rest == paras


@pytest.mark.parametrize("line, source", [
    ("文章来源：上海<span class=\"kw\"><a href=\"/s\">证券</a></span>报", "上海证券报"),
    ("（来源：上海<span><a href='#'>证券</a></span>报）", "上海证券报"),
    ("来源：新华&amp;日报", "新华&日报"),
])
def test_source_split_by_markup(line, source):
    assert parse_byline(line).source == source
    byline, kept = extract_bylines(["正文第一段，内容。", line])
    assert byline.source == source and kept == ["正文第一段，内容。"]
    assert byline.lines == [line]  # what was removed is reported as it stood


def test_trailing_bracket_source_split_by_markup():
    byline, kept = extract_bylines(["……相关工作。（上海<span><a>证券</a></span>报）"])
    assert byline.source == "上海证券报" and kept == ["……相关工作。"]


@pytest.mark.parametrize("paragraphs, authors", [
    (["划重点", "第一条要点很长的句子。第二条要点。", "《棱角》作者 周平", "正文。", "正文第二段。"], ["周平"]),
    (["【导读】", "这是导读的内容。", "还有一段。", "记者 张明 李华", "正文。"], ["张明", "李华"]),
    (["核心提示：这是提要的内容。", "还有一段。", "本报记者 张明", "正文。"], ["张明"]),
    # without a labelled box, a byline-shaped line deep in the head is text
    (["第一段正文。", "第二段。", "记者 张明", "正文。", "正文。", "正文。", "正文。", "正文。"], []),
])
def test_head_byline_after_a_labelled_summary_box(paragraphs, authors):
    b, rest = extract_bylines(paragraphs)
    assert b.authors == authors
    assert len(rest) == len(paragraphs) - (1 if authors else 0)


CAPTIONS = ["图为市民在灯会现场拍照留念。", "图为孩子们在彩灯前嬉戏。", "图为夜幕下的灯会主会场。"]


@pytest.mark.parametrize("first, authors, rest", [
    ("本届灯会共展出彩灯三百余组。（本报记者 孙晓）", ["孙晓"], "本届灯会共展出彩灯三百余组。（本报记者 孙晓）"),
    ("本届灯会共展出彩灯三百余组。（记者 孙晓 通讯员 王芳）", ["孙晓", "王芳"],
     "本届灯会共展出彩灯三百余组。（记者 孙晓 通讯员 王芳）"),
    # a bracketed name without a role word is a quoted speaker or the like: kept
    ("他说：“这是好事。”（孙晓）", [], "他说：“这是好事。”（孙晓）"),
])
def test_closing_byline_of_a_gallery_first_paragraph(first, authors, rest):  # the paragraph stays whole
    b, kept = extract_bylines([first] + CAPTIONS)
    assert b.authors == authors
    assert kept == [rest] + CAPTIONS


def test_early_closing_byline_only_without_another_byline():
    b, kept = extract_bylines(["本报记者 李明", "本届灯会共展出彩灯三百余组。（记者 孙晓）"] + CAPTIONS)
    assert b.authors == ["李明"] and kept[0] == "本届灯会共展出彩灯三百余组。（记者 孙晓）"
    deep = ["第一段正文。"] * 6 + ["本届灯会共展出彩灯三百余组。（记者 孙晓）"] + CAPTIONS
    assert extract_bylines(deep)[0].authors == []  # past the first paragraphs: not read
