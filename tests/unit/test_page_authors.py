"""Page-level authors (issue 14, classes 4 and 5): self-media accounts, forum and blog posters, and what never
passes as an author (outlets, platform labels, ad vendors, buttons, commenters, editors, unshown meta);
``authors_from``/``authors_confidence`` in ``extract()``. Synthetic pages, one per class of markup."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.accounts import user_name
from newscrawl.pages.generic.bylines import CONFIDENCE
from newscrawl.text.names import is_non_author, is_organisation

PARAS = [
    "今年以来，这座城市坚持以产业升级带动发展，各项工作取得新进展，居民收入稳步提高。",
    "有关负责人表示，要把握新发展阶段，推动高质量发展，让更多群众共享发展成果。",
    "据了解，当地一般公共预算收入同比增长百分之十二，规模以上工业产值突破两千亿元。",
    "下一步，当地将聚焦产业强区、城市更新和民生改善，奋力打造现代化示范区。",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAS)
TITLE = "城市更新带动产业升级"


def page(header: str = "", body: str = BODY, head: str = "", after: str = "", side: str = "",
         script: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/about">关于我们</a></div>
<div class="main"><div class="article"><h1 class="article-title">{TITLE}</h1>{header}
<div class="article-content">{body}</div>{after}</div>
<div class="side">{side}</div></div>
<div class="footer">版权所有 © 2021 示例网 ICP备05000000号</div>{script}</body></html>"""


def authors(html: str, url: str | None = None) -> tuple[list[str], str]:
    r = extract(html, url)
    return r["authors"], r["authors_from"]


# --- self-media accounts ------------------------------------------------------------------------------

TOUTIAO_LIKE = '<div class="article-sub"><span class="original">原创</span> <span>{name}</span> <span>2019-09-04 22:18:34</span></div>'
USER_CARD = '<div class="user-card-name"><a href="/c/user/104965348473/" target="_blank">{name}</a><div class="subscribe">关注</div></div>'


@pytest.mark.parametrize("name", ["GameForce", "华夏人文", "去驴行"])
def test_account_under_the_headline_confirmed_by_its_profile_link(name):
    html = page(header=TOUTIAO_LIKE.format(name=name), side=USER_CARD.format(name=name))
    assert authors(html) == ([name], "account")


def test_account_under_the_headline_confirmed_by_a_script_field():
    script = "<script>var BASE_DATA = {mediaInfo: {uid: '1', name: '华夏人文', avatar: ''}};</script>"
    html = page(header=TOUTIAO_LIKE.format(name="华夏人文"), script=script)
    assert authors(html) == (["华夏人文"], "account")


def test_account_link_beside_the_headline_confirmed_by_a_script_field():
    header = ('<div class="pgc"><a href="/c/user/6294480027/" class="media-user"><span>去驴行</span></a>'
              '<div class="subscribe">关注</div></div><div class="info">2019-09-08 11:42:03 举报</div>')
    script = "<script>var BASE_DATA = {mediaInfo: {name: '去驴行', user_id: '6294480027'}};</script>"
    assert authors(page(header=header, script=script)) == (["去驴行"], "account")


def test_account_shown_twice_on_a_page_that_calls_itself_self_media():
    header = '<p class="time"><span>2019-05-17</span><span> · </span><span>苏皖城市报道</span></p>'
    side = ('<div class="colum_info"><h4>苏皖城市报道</h4><p>关注城市发展</p></div>'
            "<div>特别声明：以上内容为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</div>")
    assert authors(page(header=header, side=side)) == (["苏皖城市报道"], "account")
    # the meta line inside the body container (read from the body's opening lines)
    assert authors(page(body=header + BODY, side=side)) == (["苏皖城市报道"], "account")
    # the same header on a page with no second sighting and no self-media label: nobody
    assert authors(page(header=header)) == ([], "none")


def test_platform_name_in_the_navigation_is_no_self_media_statement():
    header = '<p class="time"><span>2019-05-17</span><span> · </span><span>城市观察</span></p>'
    side = '<div class="colum_info"><h4>城市观察</h4></div><div class="nav2"><a href="/dy/">网易号</a></div>'
    assert authors(page(header=header, side=side)) == ([], "none")


def test_account_card_alone_is_not_enough():
    """A 搜狐号-like author card in a sidebar, with no name by the date: nobody (a profile link alone may be
    the reader's own or another account's)."""
    header = '<div class="article-info"><span class="time">2024-05-13 06:15</span><span>发布于：北京市</span></div>'
    statement = "<div>平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>"
    side = ('<div class="user-info"><h4><a href="https://mp.example.com/profile?xpt=abc">老李聊投资</a></h4></div>'
            '<div class="more"><a href="/a/2">老李聊投资：下半年怎么看</a></div>')
    assert authors(page(header=header, side=statement + side)) == ([], "none")


def test_source_label_naming_self_media_is_no_platform_statement():
    header = ('<p class="time"><span>2019-05-17</span><span> · </span><span>城市观察</span>'
              '<span>新浪财经-自媒体综合</span></p>')
    side = '<div class="colum_info"><h4>城市观察</h4></div>'
    assert authors(page(header=header, side=side)) == ([], "none")


def test_a_labelled_credit_beats_an_account_guess():
    """作者：X is an explicit credit: it ranks above a name read off the date line."""
    header = TOUTIAO_LIKE.format(name="华夏人文") + '<div class="byl">作者： <a href="/u/2">老李聊投资</a></div>'
    assert authors(page(header=header, side=USER_CARD.format(name="华夏人文"))) == (["老李聊投资"], "poster")


def test_baijiahao_like_author_name_element():
    header = ('<div class="author-txt"><p class="author-name">科技小生</p><div class="article-source">'
              '<span class="date">发布时间：09-07</span><span class="time">13:43</span></div></div>')
    assert authors(page(header=header)) == (["科技小生"], "account")


def test_account_that_is_an_outlet_is_nobody():
    """A 头条号 run by a news outlet: the outlet is the source/media, not an author."""
    html = page(header=TOUTIAO_LIKE.format(name="中国网"), side=USER_CARD.format(name="中国网"))
    assert authors(html) == ([], "none")


def test_byline_in_the_text_outranks_the_account():
    body = BODY + "<p>（记者 张建国）</p>"
    html = page(header=TOUTIAO_LIKE.format(name="华夏人文"), side=USER_CARD.format(name="华夏人文"), body=body)
    r = extract(html)
    assert r["authors"] == ["张建国"]
    assert r["authors_from"] == "body" and r["authors_confidence"] == CONFIDENCE["body"]


def test_wechat_account_and_author_field():
    meta = ('<div id="meta_content"><span class="rich_media_meta rich_media_meta_nickname" id="profile_nickname">'
            '<a id="js_name">{account}</a></span><em id="publish_time">2019-09-07</em></div>')
    script = '<script>var nickname = htmlDecode("{account}"); var ct = "1567839600";</script>'
    html = page(header=meta.format(account="城事观察"), script=script.format(account="城事观察"))
    assert authors(html) == (["城事观察"], "account")
    # WeChat's script alone names it too (the header markup may not survive); a viewer's nickname elsewhere not
    assert authors(page(script='<script>var nickname = "城事观察";</script>')) == ([], "none")
    wechat = '<div class="rich_media_meta_list"></div>'
    assert authors(page(header=wechat, script=script.format(account="城事观察"))) == (["城事观察"], "account")
    # an outlet's account: nobody
    assert authors(page(header=meta.format(account="央视新闻"), script=script.format(account="央视新闻"))) == (
        [], "none")
    # WeChat's own author field names the writer
    author = '<span class="rich_media_meta rich_media_meta_text"><span id="js_author_name">李明</span></span>'
    html = page(header=author + meta.format(account="城事观察"), script=script.format(account="城事观察"))
    assert authors(html) == (["李明"], "header")
    # the older markup: a plain author span in the meta line, before the account
    old = ('<div id="meta_content"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
           '<span class="rich_media_meta rich_media_meta_text">文/李明 王芳</span><span class="rich_media_meta '
           'rich_media_meta_nickname" id="profile_nickname"><a id="js_name">城事观察</a></span>'
           '<em id="publish_time" class="rich_media_meta rich_media_meta_text">2019-09-07</em></div>')
    assert authors(page(header=old, script=script.format(account="城事观察"))) == (["李明", "王芳"], "header")


def test_csdn_like_blog_header():
    header = ('<div class="bar-content"><a class="follow-nickName" href="https://blog.example.net/codefarmer">'
              '码农老王</a><span class="time">于 2019-09-25 13:01:00 发布</span></div>')
    side = '<div class="toolbar">CSDN.NET 成就一亿技术人!</div>'
    assert authors(page(header=header, side=side)) == (["码农老王"], "account")
    edited = header.replace("于 2019-09-25 13:01:00 发布", "已于 2019-09-25 13:01:00 修改")
    assert authors(page(header=edited, side=side)) == (["码农老王"], "account")


# --- forum and blog posters ---------------------------------------------------------------------------

def test_forum_poster_posted_at():
    header = '<div class="authi"><a href="space-uid-1.html">沉默之水</a> 发表于 2019-9-7 12:00</div>'
    assert authors(page(header=header)) == (["沉默之水"], "poster")
    header = '<div class="authi">沉默之水 发表于 2019-9-7 12:00</div>'
    assert authors(page(header=header)) == (["沉默之水"], "poster")
    header = '<div class="authi"><b>沉默之水</b></div><div class="authi"><em>发表于 2019-9-7 12:00</em></div>'
    assert authors(page(header=header)) == (["沉默之水"], "poster")


def test_blog_owner_from_the_blog_name_in_the_title():
    html = page(side='<div class="blog-head"><a href="/">山间清泉的博客</a></div><div>山间清泉</div>')
    html = html.replace(f"<title>{TITLE}</title>", f"<title>{TITLE} - 山间清泉的博客 - 示例博客</title>")
    assert authors(html) == (["山间清泉"], "account")


def test_blog_owner_from_the_title_segment_and_the_header_blog_name():
    def blog(html: str, title: str) -> str:
        return html.replace(f"<title>{TITLE}</title>", f"<title>{title}</title>")

    header = '<div id="blog-top"><h1>山间清泉的博客</h1></div>'
    profile = '<div class="profile"><p class="nick">山间清泉</p><p>访问：1,234</p></div>'
    # 标题_X_站名博客, X shown in a profile box
    assert authors(blog(page(side=profile), f"{TITLE}_山间清泉_示例人博客")) == (["山间清泉"], "account")
    # the header's X的博客, the <title> naming the site only
    assert authors(blog(page(header=header, side=profile), f"{TITLE}_示例博客")) == (["山间清泉"], "account")
    # the segment before the blog's name is not shown on the page: nobody
    assert authors(blog(page(), f"{TITLE}_山间清泉_示例人博客")) == ([], "none")
    # a two-part title (标题_站名博客): the headline is no owner
    assert authors(blog(page(side=profile), f"{TITLE}_示例人博客")) == ([], "none")
    # a link to a user's blog (进入他的博客) is no owner
    link = '<div class="card"><a href="/u/1">进入他的博客</a></div><div class="card"><a href="/u/1">进入他的博客</a></div>'
    assert authors(blog(page(side=link), f"{TITLE}_示例博客")) == ([], "none")
    # not a blog page: the header's X的博客 is not read
    assert authors(page(header=header, side=profile)) == ([], "none")


def test_news_header_words_are_no_accounts():
    nav = '<div class="crumb"><a href="/world">国际</a></div>'
    header = '<div class="info"><span>2019-09-07 10:00</span> <span>国际</span> <span>星期六</span></div>'
    assert authors(page(header=nav + header, side=nav)) == ([], "none")
    header = '<div class="info">本文发表于 2019-09-07 10:00</div>'
    assert authors(page(header=header)) == ([], "none")
    # an unlabelled name by the date in an author element is the author shown
    header = '<div class="info"><span>2019-09-07 10:00</span> <span class="author">张建国</span></div>'
    assert authors(page(header=header))[0] == ["张建国"]


def test_blog_owner_element():
    side = '<div class="info"><strong id="ownernick">山间清泉</strong><p>博客等级：12</p></div>'
    blog_name = '<div id="blogname"><a href="/u/1">山间清泉的博客</a></div>'

    def blog(html: str) -> str:
        return html.replace(f"<title>{TITLE}</title>", f"<title>{TITLE}_示例博客</title>")

    assert authors(blog(page(side=blog_name + side))) == (["山间清泉"], "account")
    assert authors(blog(page(side=side))) == ([], "none")  # shown once: not enough
    assert authors(page(side=blog_name + side)) == ([], "none")  # not a blog page


# --- never authors ------------------------------------------------------------------------------------

def test_commenters_are_not_authors():
    comments = ('<div class="tie-area"><div class="tie-author"><a class="name" href="/reply/myaction.jsp?'
                'userId=1">往事随风x8pe</a><span class="tie-time">2019-09-07 17:51:44</span></div>'
                '<p class="tie-cnt">说得好</p></div>')
    assert authors(page(after=comments)) == ([], "none")
    old_style = ('<table><tr><td><a href="http://bbs.example.com/user/user.jsp?uid=dawnrain29">dawnrain29</a>'
                 '[221.217.28.*] 认为：</td><td>(1) 2004-12-15 14:55:21</td></tr></table>')
    header = '<div class="info">2004-12-10 11:55:08 来源: 示例商业报道</div>' + old_style
    assert authors(page(header=header)) == ([], "none")


def test_recommendation_vendor_and_authorize_button_are_not_authors():
    after = ('<div class="trc"><a href="https://popup.taboola.com/"><span>by Taboola</span></a></div>'
             '<div class="sourcePopwin"><span class="authorized"> 我已授权 </span></div>')
    assert authors(page(after=after)) == ([], "none")


def test_meta_author_must_be_shown_and_be_a_person():
    head = '<meta name="author" content="马娟">'
    assert authors(page(head=head)) == ([], "none")  # a CMS default the page never shows
    assert authors(page(head=head, header='<div class="info">2019-09-07 作者：马娟</div>'))[0] == ["马娟"]
    for outlet in ("网易", "新浪科技", "参考消息"):
        assert authors(page(head=f'<meta name="author" content="{outlet}">', header=f"<div>{outlet}</div>"))[0] == []


# --- JSON-LD and meta authors: a person the page shows, not as an editor -------------------------------

META = '<meta name="author" content="{}">'
LD = '<script type="application/ld+json">{{"@type": "NewsArticle", "author": {{"@type": "Person", "name": "{}"}}}}</script>'


@pytest.mark.parametrize("value, shown, expected", [
    ("王帆", '<div class="info">2019-09-07 作者：王　帆</div>', ["王帆"]),           # padded to the width of 3
    ("王帆", '<div class="info">2019-09-07 作者：王&nbsp;帆</div>', ["王帆"]),
    ("欧阳娜娜", '<div class="info">2019-09-07 欧阳&nbsp;娜娜</div>', ["欧阳娜娜"]),  # no role word: meta
    ("张建国,李冬梅", '<div class="info">张建国 李冬梅 2019-09-07</div>', ["张建国", "李冬梅"]),  # several names
    ("记者 张建国", '<div class="info">张建国 2019-09-07</div>', ["张建国"]),          # a byline in the field
    ("某某新闻张建国", '<div class="info">张建国 2019-09-07</div>', ["张建国"]),        # outlet + person
    ("某某新闻张建国", "", []),                                                         # the uploader, not shown
    ("张建国", '<script>var info = {writer: "\\u5f20\\u5efa\\u56fd"};</script>', ["张建国"]),  # rendered by a script
])
def test_meta_author_shown_on_the_page(value, shown, expected):
    assert authors(page(head=META.format(value), header=shown))[0] == expected


@pytest.mark.parametrize("cue", ["责任编辑：", "编辑：", "【责任编辑：", "审核：", "校对/", "选稿：", "监制："])
def test_meta_or_json_ld_author_shown_as_an_editor_is_the_editor(cue):
    after = f"<div>{cue}马娟</div>"
    r = extract(page(head=META.format("马娟"), after=after))
    assert r["authors"] == [] and r["editors"] == ["马娟"]
    r = extract(page(head=LD.format("马娟"), after=after))
    assert r["authors"] == [] and r["editors"] == ["马娟"]


def test_json_ld_author_must_be_shown():
    assert authors(page(head=LD.format("李华"))) == ([], "none")   # a CMS default the page never shows
    assert authors(page(head=LD.format("李华"), header='<div class="info">李华 2019-09-07</div>')) == (
        ["李华"], "json-ld")
    assert authors(page(head=LD.format("新华社"), header="<div>新华社</div>"))[0] == []  # an outlet


def test_json_ld_author_is_not_added_to_the_text_byline():
    # a second name from structured data beside the text's byline is the editor or uploader more often than a
    # co-author the byline left out (shown, but not after a cue we read: 王小明 编辑)
    body = BODY + "<p>（记者 张建国）</p>"
    r = extract(page(head=LD.format("王小明"), body=body, after="<div>王小明 编辑</div>"))
    assert (r["authors"], r["authors_from"]) == (["张建国"], "body")


def test_meta_author_loses_to_the_text_byline():
    head = '<meta name="author" content="王小明">'
    body = BODY + "<p>（记者 张建国）</p>"
    assert authors(page(head=head, body=body, after="<div>王小明</div>")) == (["张建国"], "body")


def test_json_ld_person_ranks_after_a_header_line():
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "李华"}}</script>'
    r = extract(page(head=ld, after='<div class="byline-box"><span>李华</span></div>'))
    assert (r["authors"], r["authors_from"]) == (["李华"], "json-ld")
    r2 = extract(page(head=ld, header='<div class="info">记者 王强</div>', after='<div class="byline-box"><span>李华</span></div>'))
    assert (r2["authors"], r2["authors_from"]) == (["王强"], "header")
    assert r2["authors_confidence"] > r["authors_confidence"]


def test_outlet_named_by_a_byline_line_is_no_author():
    assert authors(page(header='<div class="info">2019-09-07 10:00 作者：新浪科技</div>'))[0] == []
    assert authors(page(body=BODY + "<p>（文/参考消息）</p>"))[0] == []
    assert authors(page(body=BODY + "<p>（记者 全文杰）</p>"))[0] == ["全文杰"]  # a name holding a button word


def test_site_rule_author_beats_guesses_not_the_text():
    rules = {"example.cn": {"author": ".post-user"}}
    side = '<div class="post-user">老李聊投资</div>'
    header = TOUTIAO_LIKE.format(name="华夏人文") + USER_CARD.format(name="华夏人文")
    r = extract(page(header=header, side=side), "https://www.example.cn/a/1.html", rules=rules)
    assert (r["authors"], r["authors_from"], r["authors_confidence"]) == (["老李聊投资"], "rule", CONFIDENCE["rule"])
    r = extract(page(side=side, body=BODY + "<p>（记者 张建国）</p>"), "https://www.example.cn/a/1.html", rules=rules)
    assert (r["authors"], r["authors_from"]) == (["张建国"], "body")  # the text's byline stands alone
    # an outlet in the rule's element is nobody
    r = extract(page(side='<div class="post-user">新浪科技</div>'), "https://www.example.cn/a/1.html", rules=rules)
    assert r["authors"] == []


@pytest.mark.parametrize("text", ["新浪科技", "参考消息", "澎湃新闻·澎湃号·政务", "CSDN.NET", "Taboola", "扫一扫查看详情",
                                  "成就一亿技术人!", "网易号", "点击关注"])
def test_non_authors(text):
    assert user_name(text) is None
    assert is_non_author(text)


@pytest.mark.parametrize("text", ["去驴行", "GameForce", "苏皖城市报道", "放飞&心情", "私~川流", "华夏人文"])
def test_account_names_pass(text):
    assert user_name(text) == text


def test_org_names_with_a_weak_single_character_suffix():
    assert not is_organisation("去驴行", handle=True) and not is_organisation("美食驿站", handle=True)
    assert all(is_organisation(x, handle=True) for x in ("招商银行", "区委宣传部", "海门县", "社区服务站"))


def test_confidence_order():
    order = ["body", "header", "json-ld", "meta", "account", "poster"]
    values = [CONFIDENCE[k] for k in order]
    assert values == sorted(values, reverse=True) and all(0 <= v <= 1 for v in CONFIDENCE.values())
