"""Lines at a body's edges that are no article text (issue 14, classes B2/B4/B5): print-edition notes, self-media
calls to action, platform statements, app promotions (newscrawl.text.edge_lines; data/edge_lines.txt).
Synthetic lines and pages (invented outlets and texts)."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract
from newscrawl.text.edge_lines import edge_line_class, trim_edge_lines


@pytest.mark.parametrize("line, cls", [
    ("《某某日报》（2024年08月15日 07版）", "print"),
    ("《 某某日报 》（ 2024年03月12日 10 版）", "print"),
    ("原载《某某晚报》2023年5月6日第3版", "print"),
    ("点击“在看”，让更多人看到", "cta"),
    ("点个赞再走吧", "cta"),
    ("喜欢就点在看吧", "cta"),
    ("长按识别二维码关注", "cta"),
    ("扫描下方二维码关注我们", "cta"),
    ("欢迎关注本公众号", "cta"),
    ("特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“某某号”用户上传并发布，本平台仅提供信息存储服务。",
     "statement"),
    ("本文来自某某号，不代表某某网立场，转载请联系原作者。", "statement"),
    ("本文仅代表作者个人观点，不代表本站立场。", "statement"),
    ("更多精彩资讯尽在某某新闻APP", "promo"),
    ("下载某某新闻客户端，看更多精彩内容", "promo"),
    # article text
    ("这一做法获得网友纷纷点赞。", None),
    ("网友点赞称这才是好政策", None),
    ("市民可通过下载“某某”APP进行预约。", None),
    ("据《某某日报》报道，会议于2024年3月12日召开。", None),
    ("记者点击进入小程序后发现，页面显示正常。", None),
    ("本文为作者原创。", None),
])
def test_edge_line_class(line, cls):
    assert edge_line_class(line) == cls


def test_trim_only_at_the_edges_and_keeps_one_line():
    body = ["长按识别二维码关注", "正文第一段。", "点个赞再走吧", "正文第二段。", "《某某日报》（2024年08月15日 07版）",
            "点击“在看”，让更多人看到"]
    kept, dropped = trim_edge_lines(body)
    assert kept == ["正文第一段。", "点个赞再走吧", "正文第二段。"]
    assert dropped == ["长按识别二维码关注", "《某某日报》（2024年08月15日 07版）", "点击“在看”，让更多人看到"]
    assert trim_edge_lines(["点个赞再走吧"]) == (["点个赞再走吧"], [])


PARAS = [
    "今年以来，这座城市坚持以产业升级带动发展，各项工作取得新进展，居民收入稳步提高。",
    "有关负责人表示，要把握新发展阶段，推动高质量发展，让更多群众共享发展成果。",
    "据了解，当地一般公共预算收入同比增长百分之十二，规模以上工业产值突破两千亿元。",
]


@pytest.mark.parametrize("before, after", [
    ([], ["《某某日报》（2024年08月15日 07版）"]),
    ([], ["点击“在看”，让更多人看到", "长按识别二维码关注"]),
    ([], ["特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“某某号”用户上传并发布，本平台仅提供信息存储服务。"]),
    (["更多精彩资讯尽在某某新闻APP"], ["下载某某新闻客户端，看更多精彩内容"]),
])
def test_edge_lines_leave_the_extracted_body(before, after):
    body = "".join(f"<p>{p}</p>" for p in before + PARAS + after)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市更新带动产业升级</title></head><body>
<div class="main"><h1>城市更新带动产业升级</h1><div class="info">2024-08-15 07:30</div>
<div class="article-content">{body}</div></div><div class="footer">版权所有 © 2024 示例网</div></body></html>"""
    assert extract(html)["content_text"].split("\n") == PARAS


def test_an_outlet_alone_closing_the_body_is_a_signature():
    assert trim_edge_lines(["正文第一段。", "正文第二段。", "某某日报"]) == (["正文第一段。", "正文第二段。"], ["某某日报"])
    assert trim_edge_lines(["正文。", "某某日报", "特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。"])[0] == [
        "正文。"]
    assert trim_edge_lines(["正文。", "张伟"]) == (["正文。", "张伟"], [])  # a name is the byline's business
    assert trim_edge_lines(["某某日报", "正文。"]) == (["某某日报", "正文。"], [])  # at the head: not a signature


@pytest.mark.parametrize("closing", ["云端新闻·某某都市报记者张楠/文", "某某晚报记者张楠", "某某日报通讯员王芳"])
def test_a_closing_byline_that_opens_with_its_outlet_is_no_signature(closing):
    """The byline parser reads these (authors after the outlet); the signature trim must leave them."""
    assert trim_edge_lines(["正文第一段。", closing]) == (["正文第一段。", closing], [])


def test_a_statement_above_the_closing_credits_leaves_the_body_too():
    tail = ["某某日报", "特别声明：以上内容为自媒体平台“某某号”用户上传并发布，本平台仅提供信息存储服务。",
            "本文来源：某某日报 责任编辑：李明"]
    body = "".join(f"<p>{p}</p>" for p in PARAS + tail)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市更新带动产业升级</title></head><body>
<div class="main"><h1>城市更新带动产业升级</h1><div class="info">2024-08-15 07:30</div>
<div class="article-content">{body}</div></div><div class="footer">版权所有 © 2024 示例网</div></body></html>"""
    r = extract(html)
    assert r["content_text"].split("\n") == PARAS
    assert r["editors"] == ["李明"]
