"""newscrawl.pages.jekyll on the real prototype posts and on their quirks."""
from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.pages import PageError
from newscrawl.pages.jekyll import parse_post, parse_post_page, to_article
from newscrawl.replica.archive import load_archive
from newscrawl.text.ids import code_date


def test_seed_post(seed_post: Path) -> None:
    post = parse_post(seed_post.read_text(encoding="utf-8"), seed_post.name)
    assert post.title == "深化思想引领 汲取奋进力量 笃行实干担当 海门：凝心聚力，推动现代化示范区建设开好局"
    assert post.date == "2021-12-31 11:38:35 +0800"
    assert (post.categories, post.tags, post.media) == (["nantongribao"], ["南通日报新闻"], "南通日报")
    assert post.share_url == "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112312232633030"
    assert post.info_code == "NW202112312232633030"
    assert post.body_html.startswith("<p>随着") and post.body_html.endswith("（文章来源：南通日报）</p>")
    assert "返回" not in post.body_html and "zning" not in post.body_html


def test_every_real_post_parses(finews_posts: Path) -> None:
    files = sorted(finews_posts.glob("*.md"))
    assert len(files) == 119
    codes = set()
    for path in files:
        post = parse_post(path.read_text(encoding="utf-8"), path.name)
        assert post.body_html and "[返回" not in post.body_html, path.name
        assert "<http" not in post.body_html, path.name
        if post.info_code:
            codes.add(post.info_code)
    assert len(codes) == 113                     # init.md has none; 5 files are other versions


def test_quirks(finews_posts: Path) -> None:
    odd = parse_post((finews_posts / "-202205262391921712.md").read_text(encoding="utf-8"), "-202205262391921712.md")
    assert odd.title is None and odd.date is None and odd.info_code == "202205262391921712"
    assert odd.digest.startswith("据霍尼韦尔官网消息") and not odd.body_html.startswith(">")
    nl = finews_posts / "2021-12-08-202112082206672930__vcfbae48.md"   # front matter after a blank line
    post = parse_post(nl.read_text(encoding="utf-8"), nl.name)
    assert post.title == "离岸人民币兑美元升至2018年以来最高水平" and post.date == "2021-12-08 10:46:18"
    rel = parse_post((finews_posts / "2021-12-08-202112082206735975.md").read_text(encoding="utf-8"))
    assert rel.share_url == "http://finance.eastmoney.com/news/1355,202112082206735975.html"
    assert rel.body_html.startswith("<p>记者今天从") and rel.body_html.endswith("(央视新闻)</p>")


@pytest.mark.parametrize("text, title", [
    ('---\ntitle: "腾讯推出新品牌 将发行《饥荒》新作、“王者荣耀海外版”等"\ndate: 2021-12-08 10:28:32\n---\n<p>x</p>',
     "腾讯推出新品牌 将发行《饥荒》新作、“王者荣耀海外版”等"),
    ('---\ntitle: "他说\\"好\\""\n---\nbody', '他说"好"'),
    ("---\ntitle: 'it''s'\n---\nbody", "it's"),
    ('---\ntitle: ""\n---\nbody', None),
])
def test_titles(text: str, title: str | None) -> None:
    assert parse_post(text).title == title


def test_no_front_matter() -> None:
    with pytest.raises(PageError):
        parse_post("just text")
    with pytest.raises(PageError):
        parse_post("---\ntitle: x\n")


def test_archive_collapses_versions(finews_posts: Path) -> None:
    entries = {e.code: e for e in load_archive(finews_posts)}
    assert len(entries) == 113
    assert entries["202112082206703990"].path.name == "2021-12-08-202112082206703990.md"   # not __old_post
    assert entries["NW202112312232633030"].site_path == "/nantongribao/2021/12/31/NW202112312232633030.html"


# --- dates of posts that have none in their front matter (the real -202205262391921712.md) -----------------

def test_undated_real_post_is_dated_by_its_code(finews_posts: Path) -> None:
    path = finews_posts / "-202205262391921712.md"
    post = parse_post(path.read_text(encoding="utf-8"), path.name)
    assert post.date is None and post.date_path is None                 # 'date:  +0800', no date in the name
    assert to_article(post).published_raw == "2022-05-26"    # the Eastmoney code's YYYYMMDD


@pytest.mark.parametrize("code, expected", [
    ("202205262391921712", "2022-05-26"), ("NW202112312232633030", "2021-12-31"),
    ("202213262391921712", None), ("202202302391921712", None), ("post-0123456789abcdef", None),
    ("20220526", None), (None, None),
])
def test_code_date(code: str | None, expected: str | None) -> None:
    assert code_date(code) == expected


def test_date_fallbacks_front_matter_then_file_name_then_code() -> None:
    text = "---\ntitle: t\ndate: {date}\ncategories: emnews\ntags: 东财滚动新闻\n---\n\n<p>正文</p>\n"
    named = "2022-05-27-202205262391921712.md"
    assert to_article(parse_post(text.format(date="2022-05-28 10:00:00"), named)).published_raw == \
        "2022-05-28 10:00:00"
    assert to_article(parse_post(text.format(date=" +0800"), named)).published_raw == "2022-05-27"
    assert to_article(parse_post(text.format(date="2022-13-45"), named)).published_raw == "2022-05-27"
    assert to_article(parse_post(text.format(date=""), "-202205262391921712.md")).published_raw == \
        "2022-05-26"
    assert to_article(parse_post(text.format(date=""), "x.md")).published_raw is None


def test_exported_back_links_and_body_wrapper_are_read() -> None:
    text = ('---\ntitle: "t"\ncategories: "a"\ntags: "b"\n---\n<div class="newscrawl-body" markdown="0">\n'
            "<p>x</p>\n\n<p>y</p>\n</div><!-- newscrawl-body -->\n\n<p>文：陈静</p>\n\n"
            '<p class="backlinks"><a href="/category/a.html">返回b&quot;&lt;</a>｜<a href="/">返回首页</a></p>\n')
    assert parse_post(text).body_html == "<p>x</p>\n\n<p>y</p>\n<p>文：陈静</p>"
    page = ('<html><body><section><small>(GMT+8, Asia/Shanghai, CST) 2021-12-31 11:38:35</small><h1>t</h1>'
            '<div class="newscrawl-body">\n<p>x &lt;b&gt;</p>\n</div><p>文：陈静</p>'
            '<p class="backlinks"><a href="/category/a.html">返回b</a>｜<a href="/">返回首页</a></p>'
            "<small>tags: <em>b</em></small></section></body></html>")
    post = parse_post_page(page, "http://h/a/2021/12/31/NW202112312232633030.html")
    assert post.body_html == "<p>x &lt;b&gt;</p>\n<p>文：陈静</p>" and post.tags == ["b"]
