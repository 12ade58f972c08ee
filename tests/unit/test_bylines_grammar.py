"""newscrawl.text.bylines: byline grammar classes of issue 14 (datelines, outlet-prefixed roles, credit groups,
role words and placeholders, caption photo credits, 整理). Synthetic lines; names are made up."""
from __future__ import annotations

import pytest

from newscrawl.text.bylines import Byline, caption_photographers, extract_bylines, parse_byline


def _fields(line: str) -> tuple[list[str], list[str], list[str]]:
    b = parse_byline(line)
    return b.authors, b.photographers, b.editors


# --- datelines: outlet + city + date + 电/讯, the reporter in brackets ---------------------------------------
@pytest.mark.parametrize("line, authors", [
    ("新华社巴黎12月9日电（记者张明）", ["张明"]),
    ("新华社巴黎12月9日电(记者张明)", ["张明"]),
    ("新华社巴黎12月9日电 （记者 张明）", ["张明"]),
    ("据新华社拉萨电（记者 王小红）", ["王小红"]),
    ("新华社北京1月5日电（记者李刚、赵敏）", ["李刚", "赵敏"]),
    ("新华社北京１月５日电（记者李刚 赵敏）", ["李刚", "赵敏"]),
    ("本报讯（记者 陈晓 通讯员 刘洋）", ["陈晓", "刘洋"]),
    ("中新网上海3月2日电 (记者 周强)", ["周强"]),
    ("人民网北京3月2日电 （记者孙丽）", ["孙丽"]),
    ("某某晚报讯（记者 马骏）", ["马骏"]),             # any outlet, not a list of outlets
    ("本报北京6月1日讯（记者 胡斌 实习生 吴迪）", ["胡斌", "吴迪"]),
])
class TestDateline:
    def test_alone(self, line, authors):
        assert parse_byline(line).authors == authors

    def test_opening_a_paragraph(self, line, authors):
        first = line + "当地时间9日，会议在此召开。"
        b, rest = extract_bylines([first, "第二段。"])
        assert b.authors == authors
        assert rest == [first, "第二段。"]  # the dateline is part of the text


# --- outlet-prefixed roles and other writer credits ------------------------------------------------------
@pytest.mark.parametrize("line, authors, organisations", [
    ("新华日报·交汇点记者 李文博", ["李文博"], ["新华日报·交汇点"]),
    ("顶端新闻·河南商报记者王丽/文", ["王丽"], ["顶端新闻", "河南商报"]),
    ("光明日报记者 赵刚", ["赵刚"], ["光明日报"]),
    ("采写：南都见习记者 孙悦", ["孙悦"], ["南都"]),
    ("采写：某都市报记者 孙悦", ["孙悦"], ["某都市报"]),
    ("《财经周刊》记者 刘畅", ["刘畅"], ["财经周刊"]),
    ("《棱角》作者 周平", ["周平"], ["棱角"]),
    ("执笔人：郑海", ["郑海"], []),
    ("执笔：郑海", ["郑海"], []),
    ("原创： 韩雪编译", ["韩雪"], []),
    ("韩雪 编译", ["韩雪"], []),
    ("编译：韩雪", ["韩雪"], []),
    ("撰文/邓涛", ["邓涛"], []),
    ("特约撰稿人 冯静", ["冯静"], []),
    ("撰稿人：冯静", ["冯静"], []),
    ("本报特约记者 冯静", ["冯静"], []),
    ("口述：罗芳 整理：曹阳", ["罗芳"], []),   # 整理 only when no writer is named
    ("整理：曹阳", ["曹阳"], []),
])
def test_writer_credits(line, authors, organisations):
    b = parse_byline(line)
    assert b.authors == authors
    assert b.organisations == organisations
    assert b.photographers == b.editors == []


@pytest.mark.parametrize("line, authors", [
    ("（综合整理自某某新闻、某某科技、某某网等）", []),   # compiled from sources: nobody credited
    ("编译自某某通讯社", []),
    ("文/李明 整理自某某网", ["李明"]),
    ("整理：曹阳", ["曹阳"]),
])
def test_compiled_from_sources_credits_nobody(line, authors):
    assert parse_byline(line).authors == authors


@pytest.mark.parametrize("line, authors", [
    ("作者：澎湃新闻·澎湃号·政务", []),        # a ·-joined channel account is no ·-joined name
    ("作者：某某日报·某某号", []),
    ("作者：热依拉·买买提", ["热依拉·买买提"]),  # an ethnic-minority name joined by ·
    ("记者：张明 李华（实习）", ["张明", "李华"]),  # a status in brackets is no name
    ("作者：CSDN.NET", []),
    ("作者：扫一扫查看详情", []),
    ("作者：admin", []),
])
def test_what_no_byline_may_credit(line, authors):
    assert parse_byline(line).authors == authors


def test_arranger_gives_way_to_a_writer_on_another_line():
    b = parse_byline("整理：曹阳\n记者 罗芳")
    assert b.authors == ["罗芳"]
    b, _ = extract_bylines(["正文。", "整理：曹阳"])
    b.merge(Byline(authors=["罗芳"]))
    assert b.authors == ["罗芳"]


# --- credit groups: who wrote and who photographed ---------------------------------------------------------
@pytest.mark.parametrize("line, authors, photographers", [
    ("文/本报记者 徐明 摄/本报记者 王亮", ["徐明"], ["王亮"]),
    ("文/本报记者 徐明 图/本报记者 王亮", ["徐明"], ["王亮"]),
    ("□记者 张国强 实习生 李冬梅 文/图", ["张国强", "李冬梅"], ["张国强", "李冬梅"]),
    ("本报记者 张国强 文/图", ["张国强"], ["张国强"]),
    ("记者 张国强 李冬梅 摄", [], ["张国强", "李冬梅"]),
    ("文/图 张国强", ["张国强"], ["张国强"]),
    ("张国强/文 李冬梅/图", ["张国强"], ["李冬梅"]),
    ("王亮/摄", [], ["王亮"]),
    ("王亮 摄", [], ["王亮"]),
    ("某报记者 王亮 摄", [], ["王亮"]),
])
def test_credit_groups(line, authors, photographers):
    a, p, e = _fields(line)
    assert (a, p, e) == (authors, photographers, [])


# --- role words never stay in a name; placeholders name nobody; staff codes are dropped -------------------
@pytest.mark.parametrize("line, authors, editors", [
    ("选稿：许文明", [], ["许文明"]),
    ("监制：许文明", [], ["许文明"]),
    ("作者：未知 责任编辑：林峰", [], ["林峰"]),
    ("作者：未知责任编辑：林峰", [], ["林峰"]),
    ("作者：佚名 编辑：林峰", [], ["林峰"]),
    ("作者：admin", [], []),
    ("编辑：系统管理员", [], []),
    ("作者：匿名", [], []),
    ("责任编辑： HN666", [], []),
    ("（责任编辑：林峰_NB1234）", [], ["林峰"]),
    ("作者：Taboola", [], []),
    ("作者：CSDN.NET", [], []),
    ("作者：阿卜杜勒·哈米德", ["阿卜杜勒·哈米德"], []),
    ("作者：Joel Spolsky", ["Joel Spolsky"], []),
])
def test_roles_and_placeholders(line, authors, editors):
    a, _, e = _fields(line)
    assert (a, e) == (authors, editors)


# --- photo credits of captions inside the body --------------------------------------------------------------
@pytest.mark.parametrize("paragraph, photographers", [
    ("资料图：市民在寒冷天气中出行。某社记者 黄涛 摄", ["黄涛"]),
    ("图片来源：某经记者 黄涛 摄", ["黄涛"]),
    ("图为会议现场。新华社发（黄涛 摄）", ["黄涛"]),
    ("会场一角。黄涛/摄影", ["黄涛"]),
    ("他用手机拍摄", None),
    ("大家一起去拍摄。", None),
    ("记者 黄涛 文", None),
])
def test_caption_photographers(paragraph, photographers):
    b = caption_photographers(paragraph)
    assert (b.photographers if b else None) == photographers


def test_caption_credit_in_body_is_read_and_kept():
    paras = ["第一段。", "资料图：市民出行。某社记者 黄涛 摄", "第三段。", "第四段。", "第五段。", "第六段。", "末段。"]
    b, rest = extract_bylines(paras)
    assert b.photographers == ["黄涛"] and b.authors == []
    assert rest == paras


# --- joined names, separators, 报道 --------------------------------------------------------------------------
@pytest.mark.parametrize("line, authors, photographers", [
    ("记者 钱伟和孙丽", ["钱伟", "孙丽"], []),
    ("记者钱伟及孙丽", ["钱伟", "孙丽"], []),
    ("文：钱伟 和 孙丽", ["钱伟", "孙丽"], []),
    ("记者 张和平", ["张和平"], []),                   # 和 inside a name stays
    ("文丨钱伟", ["钱伟"], []),
    ("见习记者 钱伟 记者 孙丽 报道", ["钱伟", "孙丽"], []),
    ("本报记者 钱伟 摄影报道", ["钱伟"], ["钱伟"]),
])
def test_joined_names_and_separators(line, authors, photographers):
    a, p, _ = _fields(line)
    assert (a, p) == (authors, photographers)


@pytest.mark.parametrize("line", ["作者单位：北京大学", "[作者简介]", "网易商业报道", "钱伟 报道"])
def test_not_bylines(line):
    assert parse_byline(line).authors == []


# --- more datelines and closing brackets -------------------------------------------------------------------
def test_dateline_under_removed_head_lines():
    paras = ["本报记者 钱伟", "编辑：孙丽", "新华社北京3月2日电（记者 周强）会议召开。", "第二段。"]
    b, rest = extract_bylines(paras)
    assert b.authors == ["钱伟", "周强"] and b.editors == ["孙丽"]
    assert rest == paras[2:]


@pytest.mark.parametrize("line, authors", [
    ("新华社 北京3月2日电（记者 周强）", ["周强"]),
    ("某某网消息（记者 周强）", ["周强"]),
])
def test_dateline_variants(line, authors):
    b, _ = extract_bylines([line + "会议召开。", "第二段。"])
    assert b.authors == authors


def test_closing_bracket_with_a_return_link_after_it():
    last = "合作将迈上新台阶。（本文来源：某某日报 作者：周强）返回首页，查看更多"
    b, rest = extract_bylines(["第一段。", last])
    assert b.authors == ["周强"] and b.source == "某某日报"
    assert rest == ["第一段。", "合作将迈上新台阶。"]


def test_closing_bracket_with_running_text_after_it_stays():
    last = "合作将迈上新台阶。（记者 周强）他说，好的"
    b, rest = extract_bylines(["第一段。", last])
    assert rest == ["第一段。", last] and b.authors == []


@pytest.mark.parametrize("line, authors, editors", [
    ("撰文：钱伟 | 编辑：孙丽 | 排版：周强", ["钱伟"], ["孙丽"]),     # other labelled fields are read, not names
    ("撰文：钱伟 | 编辑：孙丽 | 版式设计：周强", ["钱伟"], ["孙丽"]),
    ("本文作者：钱伟", ["钱伟"], []),
])
def test_other_labels(line, authors, editors):
    a, _, e = _fields(line)
    assert (a, e) == (authors, editors)


# --- source lines ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line, source, authors", [
    ("来源：某某新闻网 周强", "某某新闻网", ["周强"]),                # the outlet, then its writer
    ("来源：某某客户端 某某青年网", "某某客户端", []),                 # a second outlet is dropped
    ("（来源：某视频）", "某视频", []),                                 # 视频 ends the outlet's name here
    ("来源: 某某商报 举报", "某某商报", []),                           # toolbar words after it
    ("来源: 某某网 发表评论 查看评论", "某某网", []),
    ("来源于：某区办事处", "某区办事处", []),
    ("打印 关闭 收藏 信息来源： 某某日报", "某某日报", []),            # a toolbar before it
    ("版权声明 来源：某某商报 时间：2019-09-23 14:34:05 作者：", "某某商报", []),
    ("原标题:某地召开会议 责任编辑：孙丽", None, []),
])
def test_source_lines(line, source, authors):
    b = parse_byline(line)
    assert (b.source, b.authors) == (source, authors)


@pytest.mark.parametrize("line, authors, editors", [
    ("编辑：孙丽 sunli@example.com", [], ["孙丽"]),
    ("作者：钱伟 http://blog.example.com/qw", ["钱伟"], []),
    ("作者： 钱伟 7 分钟", ["钱伟"], []),                 # a reading time
    ("作者：钱伟 3分钟前", ["钱伟"], []),
])
def test_contact_and_reading_time_are_dropped(line, authors, editors):
    a, _, e = _fields(line)
    assert (a, e) == (authors, editors)
