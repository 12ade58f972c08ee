"""Jekyll export (newscrawl.exports.jekyll), post pages of the site (pages.jekyll) and the pipeline chain."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from newscrawl.exports.jekyll import (
    jekyll_date,
    jekyll_slug,
    post_filename,
    post_filenames,
    render_post,
    safe_name,
    write_jekyll,
    yaml_string,
)
from newscrawl.items import Article
from newscrawl.pages import PageError
from newscrawl.pages.jekyll import (
    HASH_ID_RE,
    canonical_post_path,
    parse_post,
    parse_post_page,
    post_id,
    site_links,
    to_article,
)

SEED_ROW = {
    "id": "NW202112312232633030", "url": "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112312232633030",
    "share_url": "http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112312232633030",
    "title": "深化思想引领 海门：凝心聚力", "media": "南通日报", "media_slug": "nantongribao", "category": "nantongribao",
    "tags": ["南通日报新闻"], "published_at": "2021-12-31T11:38:35+08:00", "source": "南通日报",
    "byline_raw": "文：陈静黄天玲俞新美\n图：海门区委宣传部许丛军\n（文章来源：南通日报）",
    "content_html": "<p>随着党的十九届六中全会召开。</p><p>目标奋力冲刺。</p>", "images": [],
}


def test_seed_layout() -> None:
    text = render_post(SEED_ROW)
    assert text == (
        "---\nlayout: post\ntitle: \"深化思想引领 海门：凝心聚力\"\ndate: 2021-12-31 11:38:35 +0800\n"
        'categories: "nantongribao"\ntags: "南通日报新闻"\n---\n'
        '<div class="newscrawl-body" markdown="0">\n'
        "<p>随着党的十九届六中全会召开。</p><p>目标奋力冲刺。</p>\n</div><!-- newscrawl-body -->\n\n"
        "<p>文：陈静黄天玲俞新美</p>\n<p>图：海门区委宣传部许丛军</p>\n<p>（文章来源：南通日报）</p>\n\n"
        "<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112312232633030>\n\n"
        '<p class="backlinks"><a href="/category/nantongribao.html">返回南通日报新闻</a>｜<a href="/">返回首页</a></p>\n')
    post = parse_post(text, post_filename(SEED_ROW))
    assert post_id(post) == SEED_ROW["id"] and post.media == "南通日报" and post.date == "2021-12-31 11:38:35 +0800"
    assert post.body_html == ("<p>随着党的十九届六中全会召开。</p><p>目标奋力冲刺。</p>\n<p>文：陈静黄天玲俞新美</p>\n"
                              "<p>图：海门区委宣传部许丛军</p>\n<p>（文章来源：南通日报）</p>")


@pytest.mark.parametrize("title", [
    "知乎申请“B乎”商标被驳回复审", "‘单’引号与「直角」『引号』", 'He said "yes": ok', "it's 'quoted'",
    "FF：有充足的现金", "key: value # not a comment", "- leading dash", "* star", "& anchor", "! tag", "{brace}",
    "[list]", "| pipe", "> fold", "% percent", "@ at", "`tick`", "back\\slash", "tab\there", "trailing space ",
    "line\u2028separator", "{{ page.title }} {% raw %}", "?", "null", "true", "123", "~",
])
def test_titles_are_yaml_safe_and_read_back(title: str) -> None:
    text = render_post({**SEED_ROW, "title": title})
    assert parse_post(text).title == title.strip() or parse_post(text).title == title
    line = next(ln for ln in text.splitlines() if ln.startswith("title: "))
    assert line == "title: " + yaml_string(title)
    assert line.startswith('title: "') and line.endswith('"') and "\u2028" not in line


def test_no_title_and_no_date() -> None:
    """An article without published_at is dated by its infoCode in the file name (Jekyll builds only dated
    files); the import reads that date back."""
    row = {**SEED_ROW, "id": "202205262391921712", "title": None, "published_at": None}
    text = render_post(row)
    assert 'title: ""' in text and "\ndate:" not in text
    assert post_filename(row) == "2022-05-26-202205262391921712.md"
    post = parse_post(text, post_filename(row))
    assert post.title is None and post.date is None and post_id(post) == "202205262391921712"
    assert to_article(post).published_raw == "2022-05-26"
    for undatable in ("post-0123456789abcdef", "NW202113312232633030", "url-9f8e7d6c"):   # no code, month 13, no code
        assert post_filename({**row, "id": undatable}) == f"{undatable}.md"


def test_undated_posts_are_reported(tmp_path: Path) -> None:
    rows = [SEED_ROW, {**SEED_ROW, "id": "202205262391921712", "published_at": None},
            {**SEED_ROW, "id": "post-0123456789abcdef", "published_at": None, "url": None, "share_url": None}]
    written = write_jekyll(rows, tmp_path, with_site_files=False)
    assert (written.posts, written.undated) == (3, ["post-0123456789abcdef"])
    assert written.warning().startswith("warning: 1 of 3 articles have no date") and "post-0123456789abcdef" in \
        written.warning()
    assert write_jekyll(rows[:2], tmp_path, with_site_files=False).warning() is None
    assert sorted(p.name for p in (tmp_path / "_posts").iterdir()) == [
        "2021-12-31-NW202112312232633030.md", "2022-05-26-202205262391921712.md", "post-0123456789abcdef.md"]


#: values that YAML reads as something other than a string unless quoted, and characters YAML cannot hold raw
YAML_HOSTILE = ["yes", "no", "true", "on", "off", "null", "2021", "0x1F", "1_000", "1.0", "~", "Off", "NULL", ".inf",
                "2021-12-31", "1:20", ":symbol", "a\x7fb", "c\x85d", "e\x9fz", "\x01ctl", "f\ufeffg", "h\u2029i"]


@pytest.mark.parametrize("value", YAML_HOSTILE)
def test_front_matter_values_stay_strings(value: str) -> None:
    """Title, category and tag come back as the same strings, through YAML and through the import's parser."""
    yaml = pytest.importorskip("yaml")
    row = {**SEED_ROW, "title": value, "category": value, "tags": [value]}
    text = render_post(row)
    tag = "_".join(value.split())                   # a tag is one word: Unicode spaces (NEL, PS) become '_'
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["title"] == value and front["tags"] == tag
    assert isinstance(front.get("categories", ""), str)  # '~' has no letter left for a category (URL folder)
    post = parse_post(text, post_filename(row))
    assert (post.title, post.categories, post.tags) == (value, front.get("categories", "").split(), [tag])
    assert to_article(post).title == value


@pytest.mark.parametrize("raw, expected", [
    ("NW202112312232633030", "NW202112312232633030"), ("../../etc/passwd", "etc_passwd"), ("a/b\\c", "a_b_c"),
    (".hidden", "hidden"), ("..", "post"), ("a..b", "a.b"), ("标题/题", "post"), ("post-0123456789abcdef", "post-0123456789abcdef"),
])
def test_safe_names(raw: str, expected: str) -> None:
    assert safe_name(raw) == expected


def test_file_names_are_path_safe(tmp_path: Path) -> None:
    rows = [{**SEED_ROW, "id": bad, "title": "a/../b"} for bad in ("../../x1", "/abs/x2", "x3/../../y")]
    assert write_jekyll(rows, tmp_path, with_site_files=False).posts == 3
    files = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert files == ["_posts/2021-12-31-abs_x2.md", "_posts/2021-12-31-x1.md", "_posts/2021-12-31-x3_._._y.md"]
    assert not any(".." in f for f in files)
    for f in tmp_path.rglob("*.md"):                     # ids that are no infoCode are kept in front matter
        assert parse_post(f.read_text(encoding="utf-8"), f.name).front_matter["id"] in ("../../x1", "/abs/x2", "x3/../../y")


@pytest.mark.parametrize("value, expected", [
    ("2021-12-31T11:38:35+08:00", "2021-12-31 11:38:35 +0800"), ("2021-12-31T03:38:35+00:00", "2021-12-31 03:38:35 +0000"),
    ("2021-12-31T11:38:35", "2021-12-31 11:38:35 +0800"), (None, None), ("not a date", None),
])
def test_jekyll_date(value: str | None, expected: str | None) -> None:
    assert jekyll_date(value) == expected


def test_front_matter_extras_only_when_needed() -> None:
    assert "\nid:" not in render_post(SEED_ROW) and "\nmedia:" not in render_post(SEED_ROW)
    hashed = render_post({**SEED_ROW, "id": "post-0123456789abcdef", "url": None, "share_url": None})
    assert "\nid:" not in hashed                                 # the file name keeps it
    other = render_post({**SEED_ROW, "id": "url-9f8e7d6c"})
    assert '\nid: "url-9f8e7d6c"' in other
    assert '\nmedia: "新华社"' in render_post({**SEED_ROW, "media": "新华社"})
    assert '\nsource: "央视新闻"' in render_post({**SEED_ROW, "source": "央视新闻"})
    liquid = render_post({**SEED_ROW, "content_html": "<p>{{ site.title }} 与 {% if %}</p>"})
    assert "\nrender_with_liquid: false" in liquid


def test_trailing_source_goes_back_onto_the_last_paragraph_unless_a_caption() -> None:
    row = {**SEED_ROW, "byline_raw": "(央视新闻)", "content_html": "<p>累计打击37.6万件。</p>"}
    assert "<p>累计打击37.6万件。(央视新闻)</p>" in render_post(row)
    caption = {**row, "content_html": '<p><img src="http://x/a.jpg" alt=""></p><p>图为现场。</p>',
               "byline_raw": "（文章来源：江海晚报）", "images": [{"src": "http://x/a.jpg", "caption": "图为现场。"}]}
    assert "<p>图为现场。</p>\n</div><!-- newscrawl-body -->\n\n<p>（文章来源：江海晚报）</p>" in render_post(caption)


def test_site_files(tmp_path: Path) -> None:
    write_jekyll([SEED_ROW], tmp_path)
    for rel in ("_config.yml", "_layouts/post.html", "_layouts/default.html", "_layouts/category.html", "index.html",
                "category/nantongribao.html"):
        assert (tmp_path / rel).is_file(), rel
    assert "timezone: Asia/Shanghai" in (tmp_path / "_config.yml").read_text(encoding="utf-8")
    assert (tmp_path / "category/nantongribao.html").read_text(encoding="utf-8") == (
        '---\nlayout: category\ntitle: "南通日报新闻"\ncategory: "nantongribao"\n---\n')


# --- ids and fields of posts -------------------------------------------------------------------------

def test_posts_without_infocode_get_a_stable_hash_id() -> None:
    text = '---\nlayout: post\ntitle: "开站大吉"\ndate: 2021-12-01 13:33:50\ncategories: sitenews\ntags: 站长消息\n---\n\n祝贺开站\n'
    post = parse_post(text, "2021-12-01-init.md")
    assert canonical_post_path(post) == "/sitenews/2021/12/01/init.html"
    code = post_id(post)
    assert HASH_ID_RE.match(code) and code == post_id(parse_post(text, "2021-12-01-init.md"))
    article = to_article(post)
    assert (article.id, article.url, article.share_url, article.media) == (code, None, None, None)
    again = parse_post(text, f"2021-12-01-{code}.md")           # as exported: the id is the file's slug
    assert post_id(again) == code


def test_post_fields_as_the_finews_spiders_give_them(seed_post: Path) -> None:
    article = to_article(parse_post(seed_post.read_text(encoding="utf-8"), seed_post.name))
    assert article.id == "NW202112312232633030" and article.url == article.share_url
    assert (article.media, article.category, article.tags) == ("南通日报", "nantongribao", ["南通日报新闻"])
    assert article.published_raw == "2021-12-31 11:38:35 +0800"
    assert article.raw_html.startswith("<p>随着")


# --- the site's pages --------------------------------------------------------------------------------

PROTOTYPE_PAGE = """<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8">
<title>中国棉花协会新闻 | finews</title></head><body><div class="wrapper">
<header><h1><a href="https://finews.zning.me/">finews</a></h1></header><section>
<small>(GMT+8, Asia/Shanghai, CST) 2021-12-08 10:39:01</small>
<h1>国家知识产权局：打击“恶意抢注”行为</h1>
<blockquote><p>摘要：记者今天了解到。</p></blockquote>
<p>记者今天从国家知识产权局了解到，累计打击恶意商标注册申请37.6万件。(央视新闻)</p>
<p><a href="http://finance.eastmoney.com/news/1355,202112082206735975.html">http://finance.eastmoney.com/news/1355,202112082206735975.html</a></p>
<p><a href="../../../../../category/emnews.html">返回东财滚动新闻</a>
<a href="../../../../">返回首页</a></p>
  <small>tags: <em>东财滚动新闻</em> - <em>要闻</em></small>
</section></div></body></html>"""


def test_prototype_post_page() -> None:
    url = "https://finews.zning.me/emnews/extra/2021/12/08/202112082206735975.html"
    post = parse_post_page(PROTOTYPE_PAGE, url)
    assert post.title == "国家知识产权局：打击“恶意抢注”行为" and post.date == "2021-12-08 10:39:01"
    assert post.categories == ["emnews", "extra"] and post.tags == ["东财滚动新闻", "要闻"]
    assert post.share_url == "http://finance.eastmoney.com/news/1355,202112082206735975.html"
    assert post.info_code == "202112082206735975" and post.digest == "摘要：记者今天了解到。"
    assert post.media == "东方财富网"                     # from the post, not the page's (wrong) <title>
    assert post.body_html.startswith("<p>记者今天") and "返回" not in post.body_html and "eastmoney" not in post.body_html
    cats, posts = site_links(PROTOTYPE_PAGE, url)
    assert cats == ["https://finews.zning.me/category/emnews.html"] and posts == []


def test_empty_share_link_and_errors() -> None:
    page = PROTOTYPE_PAGE.replace(
        '<p><a href="http://finance.eastmoney.com/news/1355,202112082206735975.html">'
        'http://finance.eastmoney.com/news/1355,202112082206735975.html</a></p>', "<p>&lt;&gt;</p>")
    post = parse_post_page(page, "http://h/emnews/2021/12/08/202112082206735975.html")
    assert post.share_url is None and post.info_code == "202112082206735975" and "&lt;&gt;" not in post.body_html
    with pytest.raises(PageError) as err:
        parse_post_page(page, "http://h/category/emnews.html")
    assert err.value.reason == "not_a_post_url"
    empty = page.split("<blockquote>")[0] + "<small>tags: <em>x</em></small></section></body></html>"
    with pytest.raises(PageError) as err:
        parse_post_page(empty, "http://h/emnews/2021/12/08/202112082206735975.html")
    assert err.value.reason == "no_article_body"


def test_site_links_stay_on_the_host_and_decode_spaces() -> None:
    html = ('<a href="/category/21shijijingjibaodao%2021caijingAPP.html">x</a><a href="/">home</a>'
            '<a href="http://other.example/category/a.html">o</a><a href="/emnews/2021/12/08/1.html#top">p</a>'
            '<a href="/emnews/2021/12/08/1.html">p again</a><a href="mailto:a@b">m</a>')
    cats, posts = site_links(html, "http://h:8/")
    assert cats == ["http://h:8/category/21shijijingjibaodao%2021caijingAPP.html"]
    assert posts == ["http://h:8/emnews/2021/12/08/1.html"]


# --- the pipeline chain ------------------------------------------------------------------------------

def test_chain_runs_the_stages_and_reports_drops(tmp_path: Path) -> None:
    from pipelines.chain import Dropped, PipelineChain

    with PipelineChain({"NEWSCRAWL_DB": str(tmp_path / "n.db")}, run_id="r1") as chain:
        names = [type(c).__name__ for c in chain.components]
        assert names[0] == "ValidatePipeline" and names[-1] == "SQLitePipeline"
        good = Article(id="NW202112312232633030", raw_html="<p>文：陈静</p><p>正文。</p>", title="t",
                       published_raw="2021-12-31 11:38:35", media="南通日报")
        assert chain.process(good) == "new"
        assert good.authors == ["陈静"] and good.published_at == "2021-12-31T11:38:35+08:00" and good.run_id == "r1"
        with pytest.raises(Dropped) as err:
            chain.process(Article(id="NW202112312232633031", raw_html="<p>  </p>"))
        assert (err.value.stage, err.value.reason) == ("clean", "no_article_body")
    import sqlite_utils

    rows = list(sqlite_utils.Database(tmp_path / "n.db").query("SELECT id, tags FROM articles"))
    assert rows == [{"id": "NW202112312232633030", "tags": json.dumps(["南通日报新闻"], ensure_ascii=False)}]


def test_body_is_an_html_block_that_reads_back() -> None:
    """The body sits in a markdown="0" block (kramdown copies it as HTML), sanitised again (a stray end tag would
    end that block early; scripts and on… attributes go); the import's parser reads the body back as written."""
    body = '<p>a [x](javascript:alert(1))</p>\n\n{: onclick="alert(2)"}\n<p>b</p>'
    post = parse_post(render_post({**SEED_ROW, "content_html": body, "byline_raw": ""}), "2021-12-31-x.md")
    assert post.body_html == body
    stray = render_post({**SEED_ROW, "content_html": "<p>a</p></div>[y](javascript:alert(3))<p>b", "byline_raw": ""})
    inner = stray.split('markdown="0">\n')[1].split("\n</div><!-- newscrawl-body -->")[0]
    assert inner == "<p>a</p>[y](javascript:alert(3))<p>b</p>"
    text = render_post({**SEED_ROW, "content_html": "&lt;b&gt; text</b>", "byline_raw": ""})
    assert "\n&lt;b&gt; text\n</div>" in text                    # leading text stays escaped
    unsafe = render_post({**SEED_ROW, "content_html": '<p onclick="x()">a<script>b()</script></p>', "byline_raw": ""})
    assert 'markdown="0">\n<p>a</p>\n</div>' in unsafe


def test_ids_with_one_safe_name_do_not_overwrite_each_other(tmp_path: Path) -> None:
    ids = ["标题一", "标题二", "post"]                             # one safe name: 'post'
    rows = [{**SEED_ROW, "id": i, "title": i, "url": None, "share_url": None} for i in ids]
    assert write_jekyll(rows, tmp_path, with_site_files=False).posts == 3
    files = sorted((tmp_path / "_posts").iterdir())
    # 'post' is its own name and keeps it; the others get 8 hex digits of the SHA-1 of their id
    assert [f.name for f in files] == sorted(["2021-12-31-post.md", f"2021-12-31-post-{sha8('标题一')}.md",
                                              f"2021-12-31-post-{sha8('标题二')}.md"])
    assert sorted(post_id(parse_post(f.read_text(encoding="utf-8"), f.name)) for f in files) == sorted(ids)


def sha8(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


#: ids whose files differ but whose pages Jekyll builds at one URL (its slug makes '--' one '-' and drops a leading
#: '-': all three at .../a-b.html), and two that share one file name ('a中b' → a_b.md)
COLLIDING = ["a-b", "a--b", "-a-b", "a_b", "a中b"]


def test_posts_jekyll_would_build_at_one_url_get_their_own_page(tmp_path: Path) -> None:
    rows = [{**SEED_ROW, "id": i, "title": i, "url": None, "share_url": None} for i in COLLIDING] + [SEED_ROW]
    assert jekyll_slug("a-b") == jekyll_slug("a--b") == jekyll_slug("-a-b") == "a-b" != jekyll_slug("a_b")
    write_jekyll(rows, tmp_path / "one", with_site_files=False)
    names = sorted(p.name for p in (tmp_path / "one" / "_posts").iterdir())
    # 'a-b' and 'a_b' are their own names and slugs and keep them; the others get a suffix
    assert names == sorted(["2021-12-31-NW202112312232633030.md", "2021-12-31-a-b.md", "2021-12-31-a_b.md",
                            f"2021-12-31-a--b-{sha8('a--b')}.md", f"2021-12-31--a-b-{sha8('-a-b')}.md",
                            f"2021-12-31-a_b-{sha8('a中b')}.md"])
    slugs = [jekyll_slug(n[len("2021-12-31-"):-len(".md")]) for n in names]
    assert len(set(slugs)) == len(slugs)                             # one page each in the built site
    files = {n: parse_post((tmp_path / "one" / "_posts" / n).read_text(encoding="utf-8"), n) for n in names}
    assert sorted(post_id(p) for p in files.values()) == sorted([*COLLIDING, SEED_ROW["id"]])
    # the same names in any order, and again into the same folder (no file more)
    write_jekyll(list(reversed(rows)), tmp_path / "two", with_site_files=False)
    assert sorted(p.name for p in (tmp_path / "two" / "_posts").iterdir()) == names
    write_jekyll(rows, tmp_path / "one", with_site_files=False)
    assert sorted(p.name for p in (tmp_path / "one" / "_posts").iterdir()) == names
    assert post_filenames(rows) == post_filenames(reversed(rows))


def test_a_reexport_removes_the_old_names_of_posts_set_apart(tmp_path: Path) -> None:
    """An export by the earlier rules wrote 'a--b' under its plain name (Jekyll built it at a-b.html, as
    'a-b'), and 'a中b' as a_b-2.md: the export now removes those old files of its own articles, and nothing else."""
    rows = {i: {**SEED_ROW, "id": i, "title": i, "url": None, "share_url": None} for i in COLLIDING}
    posts = tmp_path / "_posts"
    posts.mkdir()
    for name, i in (("a--b", "a--b"), ("a-b", "a-b"), ("a_b", "a_b"), ("a_b-2", "a中b"), ("a_b-x", "other"),
                    ("-a-b", "-a-b")):
        (posts / f"2021-12-31-{name}.md").write_text(render_post({**rows.get(i, SEED_ROW), "id": i},
                                                                 f"2021-12-31-{name}.md"), encoding="utf-8")
    write_jekyll([rows[i] for i in ("a-b", "a--b", "a_b", "a中b")], tmp_path, with_site_files=False)
    assert sorted(p.name for p in posts.iterdir()) == sorted([
        "2021-12-31-a-b.md", f"2021-12-31-a--b-{sha8('a--b')}.md", "2021-12-31-a_b.md",
        f"2021-12-31-a_b-{sha8('a中b')}.md",
        "2021-12-31-a_b-x.md", "2021-12-31--a-b.md"])                # not this export's articles: kept


def test_names_depend_on_the_page_date_and_folder_jekyll_uses() -> None:
    """Jekyll dates a page by its front-matter date in the site's zone and puts its category in lower case."""
    row = {**SEED_ROW, "url": None, "share_url": None}
    utc = {**row, "id": "a--b", "published_at": "2021-12-31T17:00:00+00:00"}      # 2022-01-01 01:00 in Shanghai
    names = post_filenames([utc, {**row, "id": "a-b", "published_at": "2022-01-01T09:00:00+08:00"}])
    assert names == {"a-b": "2022-01-01-a-b.md", "a--b": f"2021-12-31-a--b-{sha8('a--b')}.md"}
    cased = [{**row, "id": "a--b", "category": "NanTong"}, {**row, "id": "a-b", "category": "nantong"}]
    assert post_filenames(cased)["a--b"].endswith(f"-{sha8('a--b')}.md")
    apart = [{**row, "id": "a--b", "category": "suzhou"}, {**row, "id": "a-b"}]
    assert post_filenames(apart) == {"a--b": "2021-12-31-a--b.md", "a-b": "2021-12-31-a-b.md"}
