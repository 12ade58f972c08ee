"""Forum threads (issue 14, class A5): the thread starter is the first post's poster and the thread's date the
first post's, not a replier's; the user's stats, rank and floor (积分, 中级会员, 楼主, #1) may stand between the
name and 发表于. Synthetic Discuz!-like and phpwind-like threads (invented names and texts)."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.forum import is_post_furniture, poster_before

POST = ("　　周末去城郊新开的植物园走了一圈，整体感觉很不错，给准备去的朋友分享一下路线和注意事项。<br>"
        "　　交通：地铁到终点站后换乘接驳车，十分钟就到南门，自驾的话停车场目前不收费。<br>"
        "　　游览：园区有一条环线步道，全程约三公里，沿途有温室、湖区和儿童游乐区，适合带老人孩子。<br>"
        "　　提醒：园内餐饮选择不多，建议自带午餐，下午湖边蚊虫较多，记得备好驱蚊水。<br>")
REPLIES = [("路过的小白兔", "2023-5-8 08:15", "感谢分享，这周末就去看看！"),
           ("海边的阿杰", "2023-5-8 12:40", "上个月去过，温室确实值得一看，就是中午人比较多。")]


def discuz(starter: str = "山间清泉", floor: str = "楼主") -> str:
    def post(pid: int, user: str, when: str, text: str, first: bool) -> str:
        stats = '<p>积分 2456</p><p>中级会员</p>' if first else '<p>积分 12</p><p>新手上路</p>'
        mark = f'<strong><a id="postnum{pid}">{floor if first else "沙发"}</a></strong>'
        return (f'<div id="post_{pid}"><table class="plhin"><tr><td class="pls"><div class="authi">'
                f'<a href="home.php?mod=space&amp;uid={pid}" class="xw1">{user}</a></div>{stats}</td>'
                f'<td class="plc"><div class="pi">{mark}<div class="pti"><div class="authi">'
                f'<em id="authorposton{pid}">发表于 {when}</em><span class="pipe">|</span><a>只看该作者</a>'
                f'</div></div></div><div class="t_fsz"><table><tr><td class="t_f">{text}</td></tr></table></div>'
                '</td></tr></table></div>')
    posts = post(1, starter, "2023-5-6 21:03", POST, True) + "".join(
        post(2 + i, u, w, t, False) for i, (u, w, t) in enumerate(REPLIES))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>周末去植物园的攻略 - 亲子乐园 - 示例论坛</title>
</head><body><div id="nv"><a>首页</a><a>论坛</a><a>房产</a></div>
<div id="pt"><a>示例论坛</a> › <a>亲子乐园</a></div><div id="ct"><div id="postlist">
<table><tr><td class="pls">查看: 3862 | 回复: 27</td><td class="plc"><h1><span id="thread_subject">周末去植物园的攻略</span></h1>
</td></tr></table>{posts}</div></div><div id="ft">Powered by Discuz! X3.4 GMT+8, 2023-5-21 16:27</div></body></html>"""


def phpwind() -> str:
    def post(user: str, rank: str, floor: str, when: str, text: str) -> str:
        return (f'<div class="read_t"><table><tr><td class="r_two"><div class="readName b"><a>{user}</a></div>'
                f'<div class="readLevel">{rank}</div></td><td class="r_one"><div class="tipTop s6">'
                f'<span class="fl">{floor}</span><span>发表于: {when}</span></div>'
                f'<div class="tpc_content">{text}</div></td></tr></table></div>')
    posts = post("山间清泉", "新手上路", "楼主", "2023-05-06 21:03", POST) + "".join(
        post(u, "侠客", f"{2 + i}楼", w.replace("2023-5-8", "2023-05-08"), t) for i, (u, w, t) in enumerate(REPLIES))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>周末去植物园的攻略|亲子乐园 - 示例社区</title>
</head><body><div id="head"><a>首页</a><a>社区</a></div><div id="main"><h1 id="subject_tpc">周末去植物园的攻略</h1>
{posts}</div><div id="footer">Powered by phpwind 8.7 © 2003-2023</div></body></html>"""


@pytest.mark.parametrize("floor", ["楼主", "#1", "1楼"])
def test_discuz_thread_starter_and_date_are_the_first_posts(floor):
    r = extract(discuz(floor=floor))
    assert r["authors"] == ["山间清泉"]
    assert r["published_at"].startswith("2023-05-06T21:03")


def test_phpwind_thread_starter_and_date_are_the_first_posts():
    r = extract(phpwind())
    assert r["authors"] == ["山间清泉"]
    assert r["published_at"].startswith("2023-05-06T21:03")


@pytest.mark.parametrize("line, furniture", [
    ("楼主", True), ("#1", True), ("1楼", True), ("12#", True), ("积分 2456", True), ("帖子: 31", True),
    ("中级会员", True), ("新手上路", True), ("只看该作者", True), ("山间清泉", False), ("张伟", False),
    ("会员小王", False), ("积分 120 帖子 35 注册时间 2019-3-2", True), ("帖子 2381 积分 5120", True),
    ("在线时间 36 小时", True), ("积分很高的老王", False),
])
def test_post_furniture(line, furniture):
    assert is_post_furniture(line) is furniture


def test_poster_before_skips_stats_rank_and_floor_only():
    lines = ["山间清泉", "积分 2456", "中级会员", "楼主", "发表于 2023-5-6 21:03"]
    assert poster_before(lines, 4) == "山间清泉"
    assert poster_before(["发表于 2023-5-6 21:03"], 0) is None
    assert poster_before(["山间清泉"] + ["楼主"] * 7 + ["发表于 2023-5-6"], 8) is None  # too far


def test_poster_before_skips_the_thread_title_and_one_line_stats():
    title = "周末骑行去江边看日落"
    lines = ["山间清泉", "积分 120 帖子 35 注册时间 2019-3-2", title, "发表于 2023-5-6 21:03"]
    assert poster_before(lines, 3, title) == "山间清泉"
    lines = ["山间清泉", f"{title} [复制链接]", "发表于 2023-5-6 21:03"]
    assert poster_before(lines, 2, title) == "山间清泉"
    assert poster_before(["山间清泉", title, "发表于 2023-5-6 21:03"], 2) == title  # no title given: not skipped


def test_discuz_title_between_poster_and_posted_at_and_stats_on_one_line():
    html = discuz().replace('<p>积分 2456</p><p>中级会员</p>', '<p>积分 2456 帖子 35 注册时间 2019-3-2</p>', 1)
    html = html.replace('<div class="pi">', '<div class="pi"><h1>周末去植物园的攻略</h1>', 1)
    r = extract(html)
    assert r["authors"] == ["山间清泉"]
    assert r["published_at"].startswith("2023-05-06T21:03")


def test_a_line_before_the_title_is_no_poster_without_a_user_cell():
    html = ('<html><head><title>周末去植物园的攻略 - 示例博客</title></head><body><div class="nav"><a>生活随笔</a></div>'
            f'<h1>周末去植物园的攻略</h1><p class="info">发表于 2023-5-6 21:03</p><div class="post">{POST}</div>'
            '</body></html>')
    assert extract(html)["authors"] == []
