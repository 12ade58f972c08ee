"""Issue 14 follow-up, robustness (metamorphic): the title, date, authors and the body's first and last words of
synthetic article pages of several classes (portal article with a byline and a source line, a dateline, a
byline in the header, trailing buttons and an editor credit; a self-media post with its account; a forum
post; a WeChat-like post) do not change under markup changes that should not matter: renamed classes of
non-semantic wrappers, an extra wrapper, a sidebar of links before or after, spaces of every kind in the byline
line, ``：`` or ``:``, full- or half-width brackets, a comment section (or a forum's replies) after the body."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract

URL = "https://www.example.com/2023/05/06/a1.html"

P1 = "今年以来，全市经济运行总体平稳，主要指标稳中有进，市场预期持续向好，发展质量不断提升，各项改革举措落地见效。"
P2 = "业内人士认为，随着一系列稳增长政策效应持续释放，下半年经济有望延续回升向好态势，就业和物价保持总体稳定。"
P3 = "下一步，有关部门将继续加强统筹协调，狠抓政策落实，推动经济实现质的有效提升和量的合理增长。"
BODY = [P1, P2, P1 + P2, P2 + P3, P3]


def opts(**kw: object) -> dict:
    """Page options: wrapper and container classes, an extra wrapper, sidebars, the byline's spaces, the
    colon, full-width brackets, a comment section after or inside the article, a forum's replies."""
    o = {"wrap": "main-wrap", "cont": "content-box", "extra": False, "side_before": False, "side_after": False,
         "sp": " ", "colon": "：", "full": True, "comments": False, "comments_inside": False, "replies": False,
         "related_inside": False, "share_bar": False,
         "dated": False, "comments_in_body": False, "crumb": False}
    o.update(kw)
    return o


def sidebar(dated: bool = False) -> str:
    return '<div class="sidebar"><h3>热点新闻</h3><ul>' + "".join(
        f'<li><a href="/news/2023/{i}.html">热点新闻标题第{i}条关于城市发展的报道</a>'
        + (f"<span>2023-04-{10 + i} 08:{10 + i}</span> <span>作者：网友{i}号</span>" if dated else "")
        + "</li>" for i in range(12)) + "</ul></div>"


def comments(plain=False):
    box, item = ("bx-9", "it") if plain else ("comment-list", "comment-item")
    return (f'<div class="{box}"><h3>网友评论</h3>' + "".join(
        f'<div class="{item}"><span class="u">{n}</span><span class="t">2023-05-0{i+7} 1{i}:3{i}</span>'
        f'<p>说得很好，支持一下，希望越来越好。</p></div>' for i, n in enumerate(["李大嘴", "王小二", "张飞飞"])) + "</div>")


def related() -> str:
    return ('<div class="rel"><h3>相关阅读</h3><ul>' + "".join(
        f'<li><a href="/news/2023/05/{i}.html">关于城市发展的第{i}篇相关报道</a></li>' for i in range(5)) + "</ul></div>")


def share_bar() -> str:
    return ('<div class="bar"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a>'
            '<span>字号：<a href="#">大</a><a href="#">中</a><a href="#">小</a></span></div>')


def after_body(html: str, extra: str) -> str:
    """``extra`` right after the element holding the last paragraph (``P3`` closes the body)."""
    head, _, tail = html.rpartition(P3)
    close = tail.index(">") + 1
    return head + P3 + tail[:close] + extra + tail[close:]


def frame(o, title, inner, head=""):
    art = inner
    if o["related_inside"]:  # a related-links list inside the article container, after the last paragraph
        art = after_body(art, related())
    if o["comments_in_body"]:  # comments inside the article container, right after the last paragraph
        art = after_body(art, comments(True))
    if o["crumb"]:  # a breadcrumb above the headline
        art = art.replace("<h1", '<div class="crumb"><a href="/">首页</a> &gt; <a href="/n/">新闻</a> &gt; 正文</div><h1', 1)
    if o["share_bar"]:  # a share bar between the headline and the body
        art = art.replace("</h1>", "</h1>" + share_bar(), 1)
    if o["comments_inside"]:
        art = art + comments(o["comments_inside"] == "plain")
    if o["extra"]:
        art = f'<div class="outer-shell"><div class="x1">{art}</div></div>'
    return (f"<html><head><meta charset='utf-8'><title>{title}_示例网</title>{head}</head><body>"
            '<div class="top-nav"><a href="/">首页</a> <a href="/n/">新闻</a> <a href="/f/">财经</a></div>'
            f'<div class="{o["wrap"]}">' + (sidebar(o["dated"]) if o["side_before"] else "") + art
            + (sidebar(o["dated"]) if o["side_after"] else "") + "</div>" + (comments() if o["comments"] else "")
            + '<div class="footer">版权所有 示例网 京ICP备00000000号</div></body></html>')


def br(s, o):
    return f"（{s}）" if o["full"] else f"({s})"


def portal(o):
    c, sp = o["colon"], o["sp"]
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    inner = (f'<h1>全市经济运行总体平稳</h1><div class="info-bar">2023-05-06 10:20:00{sp}来源{c}示例日报</div>'
             f'<div class="{o["cont"]}"><p>本报记者{sp}张建国{sp}李晓明</p>{paras}'
             f'<p>{"【" if o["full"] else "["}责任编辑{c}王芳{"】" if o["full"] else "]"}</p></div>')
    return frame(o, "全市经济运行总体平稳", inner)


def dateline(o):
    c, sp = o["colon"], o["sp"]
    paras = "".join(f"<p>{p}</p>" for p in BODY[1:])
    inner = (f'<h1>全市经济运行总体平稳</h1><div class="info-bar">2023-05-06 10:20{sp}来源{c}新华网</div>'
             f'<div class="{o["cont"]}"><p>新华社北京5月6日电{br("记者" + sp + "张建国", o)}{P1}</p>{paras}</div>')
    return frame(o, "全市经济运行总体平稳", inner)


def portal_buttons(o):
    c, sp = o["colon"], o["sp"]
    lb, rb = ("【", "】") if o["full"] else ("[", "]")
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    inner = (f'<h1>全市经济运行总体平稳</h1><div class="info-bar">2023-05-06 10:20:00{sp}来源{c}示例日报</div>'
             f'<div class="{o["cont"]}">{paras}<div class="edit-line"><a href="javascript:void(0);">{lb}纠错{rb}</a>'
             f'{sp}<span class="ed">{lb}责任编辑{c}王芳{sp}</span>{rb}</div></div>')
    return frame(o, "全市经济运行总体平稳", inner)


def header_byline(o):
    c, sp = o["colon"], o["sp"]
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    inner = (f'<h1>全市经济运行总体平稳</h1><div class="info-bar"><span>2023-05-06 10:20</span>{sp}'
             f'<span>来源{c}示例日报</span>{sp}<span>作者{c}{sp}张建国{sp}李晓明</span></div>'
             f'<div class="{o["cont"]}">{paras}<p>{br("示例日报", o)}</p></div>')
    return frame(o, "全市经济运行总体平稳", inner)


def selfmedia(o):
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    inner = ('<div class="article-title"><h1>全市经济运行总体平稳</h1></div>'
             f'<div class="article-sub"><span class="original">原创</span>{o["sp"]}<span>山野行者</span>{o["sp"]}'
             '<span>2023-05-06 10:20:00</span></div>'
             f'<div class="{o["cont"]} article-content">{paras}</div>'
             '<div class="user-card-name"><a href="/c/user/104965348473/">山野行者</a>'
             '<div class="subscribe">关注</div></div>')
    return frame(o, "全市经济运行总体平稳", inner)


def forum(o):
    c = o["colon"]
    inner = ('<h1 id="thread_subject">全市经济运行总体平稳</h1><table class="plhin"><tr>'
             '<td class="pls"><div class="authi"><a class="xw1" href="space-uid-123.html">老王爱钓鱼</a></div></td>'
             f'<td class="plc"><div class="authi"><em>发表于{c}{o["sp"]}2023-5-6 10:20</em></div>'
             f'<div class="t_fsz"><div class="{o["cont"]}">' + "<br>".join(BODY) + "</div></div></td></tr></table>")
    if o["replies"]:
        inner += "".join('<table class="plhin"><tr><td class="pls"><div class="authi">'
                         f'<a class="xw1" href="space-uid-{i}.html">{n}</a></div></td><td class="plc"><div class="authi">'
                         f'<em>发表于{c}2023-5-{7 + i} 09:0{i}</em></div><div class="t_fsz"><div>顶一下，楼主说得很有道理。</div>'
                         "</div></td></tr></table>" for i, n in enumerate(["路人甲", "钓鱼达人"]))
    return frame(o, "全市经济运行总体平稳", inner)


def wechat(o):
    c = o["colon"]
    paras = "".join(f"<p>{p}</p>" for p in BODY)
    inner = ('<h1 class="rich_media_title" id="activity-name">全市经济运行总体平稳</h1>'
             f'<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_text">作者{c}{o["sp"]}张建国</span>'
             '<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">财经观察室</a></span>'
             '<em id="publish_time" class="rich_media_meta rich_media_meta_text">2023-05-06 10:20</em></div>'
             f'<div class="rich_media_content" id="js_content">{paras}</div>')
    return frame(o, "全市经济运行总体平稳", inner)


#: markup changes that must not change what is read
VARIANTS = {
    "renamed": {"wrap": "w-3f9a", "cont": "c-box-77"},
    "no_classes": {"wrap": "", "cont": ""},
    "extra_wrapper": {"extra": True},
    "sidebar_before": {"side_before": True},
    "sidebar_after": {"side_after": True},
    "fullwidth_space": {"sp": "\u3000"},
    "nbsp": {"sp": "\xa0\xa0"},
    "two_spaces": {"sp": "  "},
    "tab": {"sp": "\t"},
    "nbsp_entity": {"sp": "&nbsp;"},
    "ideographic_and_entity": {"sp": "&#12288;"},
    "glued": {"sp": ""},
    "half_colon": {"colon": ":"},
    "half_brackets": {"full": False},
    "comments": {"comments": True},
    "comments_inside": {"comments_inside": True},
    "comments_plain_inside": {"comments_inside": "plain"},
    "spaced_colon": {"colon": " ： "},
    "replies": {"replies": True},
    "related_inside": {"related_inside": True},
    "comments_in_body": {"comments_in_body": True},
    "breadcrumb": {"crumb": True},
    "dated_sidebar_before": {"side_before": True, "dated": True},
    "dated_sidebar_after": {"side_after": True, "dated": True},
    "share_bar": {"share_bar": True},
    "all_markup": {"wrap": "w-3f9a", "cont": "c-box-77", "extra": True, "side_before": True, "side_after": True,
                   "comments": True},
}


def key(r: dict) -> tuple:
    """What must not move: title, date, authors, the body's first and last words (the dateline's bracket
    kept as the page prints it)."""
    t = r["content_text"].translate(str.maketrans("()", "（）"))
    return r["title"], r["published_at"], r["authors"], t[:12], t[-12:]


EXPECTED = {
    portal: ["张建国", "李晓明"],
    dateline: ["张建国"],
    header_byline: ["张建国", "李晓明"],
    portal_buttons: [],
    selfmedia: ["山野行者"],
    forum: ["老王爱钓鱼"],
    wechat: ["张建国"],
}


CLASSES = {
    "portal": portal, "dateline": dateline, "header_byline": header_byline, "portal_buttons": portal_buttons,
    "selfmedia": selfmedia, "forum": forum, "wechat": wechat,
}


@pytest.mark.parametrize("cls", CLASSES)
def test_the_base_pages_read_right(cls):
    build = CLASSES[cls]
    r = extract(build(opts()), URL)
    assert r["title"] == "全市经济运行总体平稳"
    assert r["published_at"] == "2023-05-06T10:20:00+08:00"
    assert r["authors"] == EXPECTED[build]
    assert r["content_text"].endswith(P3)
    assert r["content_text"].startswith("新华社北京5月6日电" if build is dateline else P1)


def _applicable() -> list[tuple[str, str]]:
    """(class, variant) pairs where the variant changes the page's markup."""
    return [(c, v) for c, build in CLASSES.items() for v in VARIANTS if build(opts(**VARIANTS[v])) != build(opts())]


@pytest.mark.parametrize("cls,variant", _applicable())
def test_markup_that_should_not_matter_does_not(cls, variant):
    build = CLASSES[cls]
    base = extract(build(opts()), URL)
    changed = extract(build(opts(**VARIANTS[variant])), URL)
    assert key(changed) == key(base)
    if build in (portal, portal_buttons):
        assert changed["editors"] == base["editors"] == ["王芳"]
