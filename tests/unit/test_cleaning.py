"""newscrawl.text.cleaning: real bodies read from ../shared/corpus at test time, plus one-line snippets."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscrawl.text.cleaning import Block, clean_html, collect_images, join_blocks
from newscrawl.text.controls import normalize_text
from tests.conftest import corpus_path

EASTMONEY = "-202205262391921712.md"
SEED = "2021-12-31-NW202112312232633030.md"
DIGESTS = [  # plain-text Eastmoney digests, with and without back-links, and the site's first post
    "2021-12-08-202112082206672930.md",
    "2021-12-08-202112082206736198.md",
    "2021-12-08-202112082206796814.md",  # contains a literal '<1%'
    "2021-12-08-202112082206870651.md",  # share link line is '<>'
    "2021-12-01-init.md",
]

_FRONT_MATTER = re.compile(r"\A\s*---\n.*?\n---\n", re.DOTALL)
# What the Jekyll page parser removes before cleaning: the share link line (`<http…>` or `<>`),
# back-links (`[返回…](…)`) and the markdown `> digest` line.
_NOT_BODY = re.compile(r"^\s*(?:<[^<>\s]*>|\[返回.*|> .*)\s*$")


def post_body(name: str) -> str:
    """The article body of a corpus post: no front matter, share link, back-links or digest line."""
    text = corpus_path("finews", "posts", name).read_text(encoding="utf-8")
    m = _FRONT_MATTER.match(text)
    assert m, name
    lines = [line for line in text[m.end():].split("\n") if not _NOT_BODY.match(line)]
    return "\n".join(lines).strip()


@pytest.fixture(scope="module")
def em_blocks() -> list[Block]:
    return clean_html(post_body(EASTMONEY))


@pytest.fixture(scope="module")
def seed_blocks() -> list[Block]:
    return clean_html(post_body(SEED))


def test_post_body_helper_keeps_html_only():
    body = post_body(EASTMONEY)
    assert body.startswith("<p style=\"display:none") and body.endswith("</p>")


# --------------------------------------------------------------------------- normalize_text


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("\u3000\u3000随着党的十九届六中全会", "随着党的十九届六中全会"),  # full-width indentation
        ("海门\u3000区", "海门 区"),
        ("a\u00a0\u00a0b", "a b"),  # NBSP
        ("a\u2002b\u202fc\u205fd", "a b c d"),  # other Unicode spaces
        ("a\u200bb\ufeffc\u2060d", "abcd"),  # zero-width: removed
        ("  line one\r\n\n\tline two  ", "line one line two"),
        ("", ""),
        ("\u3000 \u00a0\n", ""),
        ("（文章来源：南通日报）", "（文章来源：南通日报）"),  # punctuation untouched
        ("&nbsp;<p>", "&nbsp;<p>"),  # text, not markup: nothing decoded or dropped
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),  # ZWJ emoji sequence kept
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected


# --------------------------------------------------------------------------- Eastmoney markup


def test_eastmoney_stock_links_are_unwrapped_to_text(em_blocks):
    html, text = join_blocks(em_blocks)
    for name in ("蔚来", "巨化股份", "联创股份", "国新文化", "业绩", "知识产权"):
        assert name in text
    assert "为蔚来旗下ET7新能源汽车提供" in text  # keytip link and em_stock_key_common span, in place
    assert "keytip" not in html and "em_stock_key_common" not in html and "infokey" not in html
    assert "quote.eastmoney.com" not in html and "data.eastmoney.com" not in html
    assert "<a" not in html and "<span" not in html


def test_eastmoney_no_style_class_id_or_comments(em_blocks):
    html, _ = join_blocks(em_blocks)
    for attr in (" style=", " class=", " id=", " width=", " border=", " data-code", "<!--", "<center"):
        assert attr not in html


def test_eastmoney_hidden_paragraph_dropped(em_blocks):
    html, _ = join_blocks(em_blocks)
    assert "display" not in html and "height:1px" not in html
    assert em_blocks[0].images, "the hidden <p> must not become the first block"


def test_eastmoney_kline_block_is_exactly_an_image(em_blocks):
    first = em_blocks[0]
    assert first.text == ""
    assert len(first.images) == 1
    src = first.images[0]["src"]
    assert src.startswith("https://webquoteklinepic.eastmoney.com/GetPic.aspx?nid=106.NIO&imageType=k")
    assert first.images[0]["caption"] == ""  # alt 'K图 NIO_0' is generic
    kline = r'<p><img src="https://webquoteklinepic\.eastmoney\.com/[^"]+" alt="K图 NIO_0"></p>'
    assert re.fullmatch(kline, first.html)
    assert sum("webquoteklinepic" in b.html for b in em_blocks) == 1


def test_eastmoney_center_images_become_image_blocks(em_blocks):
    image_blocks = [b for b in em_blocks if b.images]
    assert [b.text for b in image_blocks] == ["", "", "", ""]
    centered = image_blocks[1:]
    assert all(b.html.startswith("<p><img src=\"https://dfscdn.dfcfw.com/download/") for b in centered)
    assert all(b.html.endswith("></p>") and b.html.count("<img") == 1 for b in centered)
    # The centred '图片来源' line right after the first photo is its caption, and stays a block too.
    i = em_blocks.index(centered[0])
    assert centered[0].images[0]["caption"] == "图片来源：霍尼韦尔官网"
    assert em_blocks[i + 1].text == "图片来源：霍尼韦尔官网"
    # 'Image' alts are generic and the blocks after the other photos are body text: no caption.
    assert [b.images[0]["caption"] for b in centered[1:]] == ["", ""]


def test_eastmoney_source_line(em_blocks):
    assert em_blocks[-1].text == "（文章来源：上海证券报）"
    assert em_blocks[-1].html == "<p>（文章来源：上海证券报）</p>"


def test_eastmoney_block_shape(em_blocks):
    assert len(em_blocks) == 22
    assert [b.text for b in em_blocks if b.html.startswith("<p><strong>")] == [
        "什么是HFO-1234yf",
        "这些公司有HFO-1234yf产品",
    ]
    # '《<蒙特利尔议定书>基加利修正案》' is text, escaped in html
    block = next(b for b in em_blocks if "蒙特利尔议定书>基加利" in b.text)
    assert "《&lt;蒙特利尔议定书&gt;基加利修正案》" in block.html
    assert len(collect_images(em_blocks)) == 4


# --------------------------------------------------------------------------- the seed post (南通日报)


def test_seed_post_blocks(seed_blocks):
    body = post_body(SEED)
    assert len(seed_blocks) == len(re.findall(r"<p[ >]", body)) == 23
    assert all(b.text and not b.images and b.html.startswith("<p>") for b in seed_blocks)
    assert seed_blocks[0].text.startswith("随着党的十九届六中全会")
    assert [b.text for b in seed_blocks[-3:]] == [
        "文：陈静黄天玲俞新美",
        "图：海门区委宣传部许丛军",  # trailing space in the source is gone
        "（文章来源：南通日报）",
    ]
    assert seed_blocks[-1].html == "<p>（文章来源：南通日报）</p>"


def test_seed_post_join(seed_blocks):
    html, text = join_blocks(seed_blocks)
    assert html == "".join(b.html for b in seed_blocks)
    assert text.split("\n") == [b.text for b in seed_blocks]
    assert html.count("<p>") == 23 and "class=" not in html
    assert collect_images(seed_blocks) == []


# --------------------------------------------------------------------------- plain text


@pytest.mark.parametrize("name", DIGESTS)
def test_plain_text_digest_is_one_block(name):
    body = post_body(name)
    assert "<p" not in body
    blocks = clean_html(body)
    assert len(blocks) == 1
    assert blocks[0].text == normalize_text(body)
    assert blocks[0].html.startswith("<p>") and blocks[0].html.endswith("</p>")


def test_plain_text_literal_angle_brackets_kept():
    (block,) = clean_html(post_body("2021-12-08-202112082206796814.md"))
    assert "精度满足<1%" in block.text and "精度满足&lt;1%" in block.html


@pytest.mark.parametrize(
    "raw, texts",
    [
        ("第一段。\n\n第二段。", ["第一段。", "第二段。"]),
        ("\u3000\u3000第一段。\r\n\r\n\u3000\u3000第二段，\n接着。", ["第一段。", "第二段， 接着。"]),
        ("导语文字<br>第二行<br><br>新段落", ["导语文字 第二行", "新段落"]),
        ("<p>甲<br/>乙</p><p>丙<br><br>丁</p>", ["甲 乙", "丙", "丁"]),
        ("前言<p>正文</p>后记", ["前言", "正文", "后记"]),
        ("<div>一<br><br><br>二<br></div>", ["一", "二"]),
        ("AT&T &amp; 公司", ["AT&T & 公司"]),
    ],
)
def test_paragraph_splitting(raw, texts):
    assert [b.text for b in clean_html(raw)] == texts


def test_single_br_kept_in_html_as_space_in_text():
    (block,) = clean_html("<p>第一行<br>第二行</p>")
    assert block.html == "<p>第一行<br>第二行</p>" and block.text == "第一行 第二行"


@pytest.mark.parametrize(
    "raw",
    [
        "<p>&nbsp;</p>", "<p>\u3000\u3000</p>", "<p><br></p>", "<p> \u00a0 <br/> </p>", "<div></div>",
        "<p><span></span></p>",
    ],
)
def test_empty_paragraphs_dropped(raw):
    assert clean_html(raw + "<p>正文</p>") == [Block("<p>正文</p>", "正文", [])]


def test_fullwidth_indent_removed():
    (block,) = clean_html("<p>\u3000\u3000海门\u00a0区\u3000\u3000</p>")
    assert block.text == "海门 区"
    assert block.html.startswith("<p>海门")


# --------------------------------------------------------------------------- sanitising


@pytest.mark.parametrize(
    "raw, html",
    [
        ("<p>甲<script>alert(1)</script>乙</p><style>p{color:red}</style>", "<p>甲乙</p>"),
        ('<p>甲<iframe src="https://x.example/"></iframe><noscript>无</noscript>乙</p>', "<p>甲乙</p>"),
        ("<form><p>表单</p><input value=x></form><p>甲乙</p>", "<p>甲乙</p>"),
        ('<p class="c" id="i" style="color:red" onclick="x()">甲<font color=red>乙</font></p>', "<p>甲乙</p>"),
        ("<p>甲<!-- 注释 -->乙</p>", "<p>甲乙</p>"),
        ('<p><span style="display:none">隐藏</span>甲乙</p><p style="DISPLAY: none">整段隐藏</p>', "<p>甲乙</p>"),
        ("<h2 class=t>小标题</h2>", "<h2>小标题</h2>"),
        ("<ul><li>一</li><li>二</li></ul>", "<ul><li>一</li><li>二</li></ul>"),
        ("<blockquote><div>引</div></blockquote>", "<blockquote>引</blockquote>"),
        ("<p><strong>粗</strong><em>斜</em><u>线</u></p>", "<p><strong>粗</strong><em>斜</em><u>线</u></p>"),
    ],
)
def test_sanitising(raw, html):
    assert join_blocks(clean_html(raw))[0] == html


def test_links_http_only_and_resolved():
    (block,) = clean_html(
        '<p><a href="/a/1.html" target=_blank>相对</a><a href="javascript:void(0)">脚本</a>'
        '<a href="mailto:x@example.com">邮件</a><a href="https://ok.example/x">绝对</a></p>',
        base_url="https://news.example.com/n/2021/index.html",
    )
    assert block.text == "相对脚本邮件绝对"
    hrefs = re.findall(r'href="([^"]+)"', block.html)
    assert hrefs == ["https://news.example.com/a/1.html", "https://ok.example/x"]
    assert "javascript" not in block.html and "mailto" not in block.html and "target" not in block.html
    assert "noopener" in block.html  # rel added by nh3


def test_table_block():
    (block,) = clean_html("<table border=1><tr><td>项目</td><td colspan=2>金额</td></tr></table>")
    assert block.html == "<table><tbody><tr><td>项目</td><td>金额</td></tr></tbody></table>"
    assert block.text == "项目 金额"


# --------------------------------------------------------------------------- images and captions


@pytest.mark.parametrize(
    "raw, caption",
    [
        ('<p><img src="a.jpg" alt="海门港新区夜景"></p><p>正文很长的一段话。</p>', "海门港新区夜景"),
        ('<p><img src="a.jpg" title="俯瞰海门"></p><p>正文</p>', "俯瞰海门"),
        ('<p><img src="a.jpg" alt="Image"></p><p style="text-align:center">图片来源：霍尼韦尔官网</p>', "图片来源：霍尼韦尔官网"),
        ('<p><img src="a.jpg" alt="图片"></p><p>图为海门区召开会议现场。</p>', "图为海门区召开会议现场。"),
        ('<p><img src="a.jpg"></p><p>（图/新华社）</p>', "（图/新华社）"),
        ('<p><img src="a.jpg" alt="IMG_2034.JPG"></p><p>许丛军 摄</p>', "许丛军 摄"),
        ('<p><img src="a.jpg" alt="K图 NIO_0"></p><p align="center">蔚来日K线</p>', "蔚来日K线"),
        ('<p><img src="a.jpg" alt="D24676903417074885805_w800h555"></p><p>正文继续。</p>', ""),
        ('<p><img src="a.jpg"></p><p style="text-align:center">' + "很长" * 31 + "</p>", ""),
        ('<center><img src="a.jpg"></center><p>图书馆</p>', ""),
        ('<figure><img src="a.jpg" alt="photo"><figcaption>海门港</figcaption></figure>', "海门港"),
        ('<p style="text-align:center"><img src="a.jpg"><br>海门港夜景</p>', "海门港夜景"),
    ],
)
def test_image_captions(raw, caption):
    blocks = clean_html(raw, base_url="https://news.example.com/n/1.html")
    assert blocks[0].images == [{"src": "https://news.example.com/n/a.jpg", "caption": caption}]


def test_caption_block_is_kept():
    blocks = clean_html('<p><img src="https://x.example/a.jpg"></p><p>图为会议现场</p>')
    assert [b.text for b in blocks] == ["", "图为会议现场"]


@pytest.mark.parametrize(
    "raw, src",
    [
        ('<img src="/u/a.png">', "https://news.example.com/u/a.png"),
        ('<img src="//cdn.example.com/a.png">', "https://cdn.example.com/a.png"),
        ('<img src="data:image/gif;base64,R0" data-src="lazy/a.png">', "https://news.example.com/n/lazy/a.png"),
        ('<img data-original="b.png">', "https://news.example.com/n/b.png"),
    ],
)
def test_image_src_resolved(raw, src):
    (block,) = clean_html(raw, base_url="https://news.example.com/n/1.html")
    assert block.images == [{"src": src, "caption": ""}]
    assert block.html == f'<p><img src="{src}"></p>'


@pytest.mark.parametrize(
    "raw", ['<p><img src="javascript:alert(1)"></p>', '<p><img src="data:image/png;base64,AA"></p>', "<p><img></p>"]
)
def test_unusable_images_dropped(raw):
    assert clean_html(raw, base_url="https://news.example.com/") == []


def test_relative_src_kept_without_base_url():
    (block,) = clean_html('<p><img src="/u/a.png"></p>')
    assert block.images == [{"src": "/u/a.png", "caption": ""}]


def test_collect_images_dedupes_by_src():
    blocks = [
        Block('<p><img src="https://x/a.jpg"></p>', "", [{"src": "https://x/a.jpg", "caption": ""}]),
        Block('<p><img src="https://x/b.jpg"></p>', "", [{"src": "https://x/b.jpg", "caption": "乙"}]),
        Block('<p><img src="https://x/a.jpg"></p>', "", [{"src": "https://x/a.jpg", "caption": "甲"}]),
    ]
    assert collect_images(blocks) == [
        {"src": "https://x/a.jpg", "caption": "甲"},
        {"src": "https://x/b.jpg", "caption": "乙"},
    ]
    assert blocks[0].images[0]["caption"] == ""  # inputs untouched


def test_join_blocks_skips_empty_texts():
    image = Block('<p><img src="https://x/a.jpg"></p>', "", [])
    blocks = [Block("<p>甲</p>", "甲"), image, Block("<p>乙</p>", "乙")]
    assert join_blocks(blocks) == ('<p>甲</p><p><img src="https://x/a.jpg"></p><p>乙</p>', "甲\n乙")
    assert join_blocks([]) == ("", "")


# --------------------------------------------------------------------------- malformed input


MALFORMED = {
    "empty": "",
    "spaces": " \n\u3000 ",
    "stray closers": "</div></p><p>甲<b>乙</p>丙</div></td><td>丁",
    "unclosed": "<p>一<p>二<div>三<table><tr><td>四",
    "nul bytes": "甲\x00乙<p>丙\x00丁</p>\x00",
    "controls and surrogates": "\x01\x1b<p>\x7f甲\ud800</p>\ufffe",
    "xml declaration": '<?xml version="1.0" encoding="gbk"?><p>甲</p>',
    "unterminated comment": "<p>甲</p><!-- 乙",
    "unterminated EM block": '<!-- EM_StockImg_Start --><p><a href="http://x/"><img src="http://x/a.png"></a></p>',
    "10k nested divs": "<div>" * 10_000 + "深处" + "</div>" * 10_000,
    "10k nested spans around p": "<span>" * 10_000 + "<p>深处</p>" + "</span>" * 10_000,
    "10k unclosed b": "<b>" * 10_000 + "粗",
    "attribute soup": '<p <<a href="x>甲</a>>乙<img src=">',
    "bad url": '<p><a href="http://[::1">甲</a><img src="http://[bad"></p>',
    "only script": "<script>alert(1)</script>",
    "full page": "<html><head><title>标题</title></head><body><div><p>正文</p></div></body></html>",
}


@pytest.mark.parametrize("raw", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_does_not_raise(raw):
    blocks = clean_html(raw)
    assert isinstance(blocks, list)
    for b in blocks:
        assert b.text or b.images
        assert "\n" not in b.text and b.text == b.text.strip()


@pytest.mark.parametrize(
    "key, texts",
    [
        ("10k nested divs", ["深处"]),
        ("10k nested spans around p", ["深处"]),
        ("unclosed", ["一", "二", "三", "四"]),
        ("nul bytes", ["甲乙", "丙丁"]),
        ("only script", []),
        ("full page", ["正文"]),
    ],
)
def test_malformed_recovers(key, texts):
    assert [b.text for b in clean_html(MALFORMED[key])] == texts


def test_five_megabyte_body_is_handled():
    big = ("<p>" + "海门港新区" * 200 + "</p>") * 5_000  # 5 M characters, 15 MB of UTF-8
    blocks = clean_html(big)
    assert len(blocks) == 5_000


def test_non_str_input():
    assert clean_html(None) == []  # type: ignore[arg-type]


# --------------------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<br>", "<br/>", "<div>", "</div>", "<span>", "</span>", "<b>", "<center>",
        '<img src="a.jpg" alt="图片">', '<img src="http://x/b.png">', "<script>", "</script>", "<!--", "-->",
        "<table><tr><td>", "<ul><li>", "<h2>", '<a href="javascript:x">', '<a class="keytip" href="/s">',
        '<p style="display:none">', '<p style="text-align:center">', "<!-- EM_StockImg_Start -->",
        "<!-- EM_StockImg_End -->", "&nbsp;", "&amp;", "\u3000", "\u00a0", "\u200b", "\n", "\n\n", " ",
        "<", ">",
        "图为", "摄", "正文", "文：陈静", "\x00",
    ]
)


def _check(blocks: list[Block]) -> None:
    assert isinstance(blocks, list)
    for b in blocks:
        assert isinstance(b, Block)
        assert "\n" not in b.text and b.text == b.text.strip()
        assert b.text or b.images
        assert b.html.startswith("<")
        for im in b.images:
            assert set(im) == {"src", "caption"} and im["src"] and "\n" not in im["caption"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_property_arbitrary_text(raw):
    _check(clean_html(raw))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join))
def test_property_html_soup(raw):
    blocks = clean_html(raw, base_url="https://news.example.com/a/")
    _check(blocks)
    html, text = join_blocks(blocks)
    assert "<script" not in html and "style=" not in html and "javascript:" not in html
    assert "\n\n" not in text


@given(st.text())
def test_property_normalize_text_idempotent(s):
    once = normalize_text(s)
    assert normalize_text(once) == once
    assert "\n" not in once and once == once.strip() and "  " not in once


def _through_nh3(raw: str) -> list:
    """clean_html(raw) with the plain-text fast paths off: every block through nh3."""
    from newscrawl.text import cleaning

    saved = cleaning._PLAIN_SAFE
    cleaning._PLAIN_SAFE = re.compile(r"(?!)")          # never matches
    try:
        return clean_html(raw)
    finally:
        cleaning._PLAIN_SAFE = saved


_HTML_BITS = st.sampled_from(["<p>", "</p>", "<br>", "<b>", "</b>", "&amp;", "&nbsp;", "&lt;", "\r\n", "\n\n", "\xa0",
                              "\u3000", "海门", "，", "A&B", "<1%", '"', "'", "<div>", "</div>", "\t", "\U00020001"])


@given(st.lists(st.one_of(_HTML_BITS, st.text(max_size=8)), max_size=20))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_plain_paragraph_fast_path_matches_nh3(parts: list[str]) -> None:
    """Paragraphs of plain text skip nh3 (newscrawl.text.cleaning._PLAIN_SAFE): the output must be what nh3 gives."""
    raw = "".join(parts)
    assert clean_html(raw) == _through_nh3(raw)


def test_plain_paragraph_fast_path_on_corpus_posts() -> None:
    from newscrawl.text import cleaning

    posts = sorted(corpus_path("finews", "posts").glob("*.md"))
    assert posts
    bodies = [p.read_text(encoding="utf-8").split("---", 2)[-1] for p in posts]
    fast = [clean_html(b) for b in bodies]
    saved = cleaning._PLAIN_SAFE
    cleaning._PLAIN_SAFE = re.compile(r"(?!)")
    try:
        assert [clean_html(b) for b in bodies] == fast
    finally:
        cleaning._PLAIN_SAFE = saved


# --------------------------------------------------------------------------- fast paths = the slow paths

_SOUP_BITS = st.sampled_from(
    ["<p>", "</p>", "<br>", "<b>", "</b>", "<i>", "<font>", "</font>", "<a href='http://x/1'>", "</a>", "<a>",
     "<h2>", "</h2>", "<h3>", "<table><tr><td>", "</td></tr></table>", "<ul><li>", "</ul>", "<span>", "</span>",
     "<blockquote>", "</blockquote>", "<nobr>", "<xmp>", "</xmp>", "<noembed>", "<s>", "<div>", "</div>", "&amp;",
     "&nbsp;", "\ue000", "\ue0ff", "<figure><img src='http://x/a.png'><figcaption>", "</figcaption></figure>",
     "甲", "乙，", "\n\n"])


@given(st.lists(st.one_of(_SOUP_BITS, st.text(max_size=4)), max_size=40).map("".join))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_one_nh3_call_per_body_matches_one_per_block(raw: str) -> None:
    """Blocks are sanitised in one nh3 call (newscrawl.text.sanitize.sanitize_many): same blocks as one call each."""
    from newscrawl.text import cleaning
    from newscrawl.text.sanitize import sanitize_html

    fast = clean_html(raw, base_url="http://news.example.cn/a/")
    saved = cleaning.sanitize_many
    cleaning.sanitize_many = lambda raws: [sanitize_html(r) for r in raws]
    try:
        slow = clean_html(raw, base_url="http://news.example.cn/a/")
    finally:
        cleaning.sanitize_many = saved
    assert fast == slow


def test_sanitize_many_falls_back_when_a_piece_looks_wrong() -> None:
    from newscrawl.text.sanitize import sanitize_html, sanitize_many

    raws = ["<p>甲<b>乙</b></p>", "<h2>丙<h3>丁</h3></h2>", "<table><tr>x<td>y</td></tr></table>", "<p>\ue000\ue0ff</p>"]
    assert sanitize_many(raws) == [sanitize_html(r) for r in raws]
    assert sanitize_many(raws[:1] + raws[2:3]) == [sanitize_html(r) for r in raws[:1] + raws[2:3]]


_URL_BITS = st.sampled_from(["http://", "https://", "HTTP://", "//", "/", "a.com", "x", "?", "#", ";", "[", "]", "@",
                             ":80", " ", "\t", "\n", "..", "%20", "中", "javascript:", "data:", "mailto:"])


@given(st.lists(_URL_BITS, max_size=8).map("".join),
       st.sampled_from([None, "", "http://news.example.cn/a/b.html", "https://x.cn", "http://[bad/", "ftp://x/"]))
@settings(max_examples=600, deadline=None)
def test_link_resolver_matches_resolve(url: str, base: str | None) -> None:
    """url_resolver's pass-through of plain absolute URLs and its per-call memo give what resolve_url gives."""
    from newscrawl.text.urls import resolve_url, url_resolver

    resolve = url_resolver(base)
    assert resolve(url) == resolve_url(url, base)
    assert resolve(url) == resolve_url(url, base)  # memoised


@given(st.sampled_from(["/", "//", "//news.example.cn/", "/a/", "/./", "/../"]),
       st.lists(_URL_BITS, max_size=8).map("".join),
       st.sampled_from(["http://news.example.cn/a/b.html", "https://x.cn", "https://u@x.cn:8080/a/b?q=1",
                        "http://x.cn/a;b", "HTTPS://x.cn/", "https://[bad/"]))
@settings(max_examples=600, deadline=None)
def test_link_resolver_joins_relative_paths_like_urljoin(start: str, rest: str, base: str) -> None:
    """url_resolver's concatenation of root- and protocol-relative URLs onto a plain base gives what resolve_url gives."""
    from newscrawl.text.urls import resolve_url, url_resolver

    url = start + rest
    assert url_resolver(base)(url) == resolve_url(url, base)


@given(st.text(st.sampled_from(["a", "中", " ", "\u3000", "\xa0", "\n", "\u200b", "\u2060", "\ufeff", "\u180e", "\u200d"])))
def test_normalize_text_matches_one_regex_pass(s: str) -> None:
    """normalize_text skips the zero-width regex when none is present: same result as always applying it."""
    from newscrawl.text.controls import _ZERO_WIDTH

    assert normalize_text(s) == " ".join(_ZERO_WIDTH.sub("", s).split())


_INLINE_BITS = st.sampled_from(["<span class=x>", "</span>", "<font color=red>", "</font>", "<sup>", "</sup>",
                                "<q title=t>", "</q>", "<code>", "</code>", "<span><b>", "</b></span>", "<br>",
                                "<p>", "</p>", "&amp;", "&nbsp;", "<1%", "\r\n", "\n\n", "\u3000", "海门", " "])


@given(st.lists(st.one_of(_INLINE_BITS, st.text(max_size=6)), max_size=20))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_unwrapped_leaf_fast_path_matches_nh3(parts: list[str]) -> None:
    """Paragraphs of text, <br>s and leaf span/font/sup/… (which nh3 unwraps) skip nh3: same output as nh3 gives."""
    raw = "".join(parts)
    assert clean_html(raw) == _through_nh3(raw)
