"""newscrawl.text.decode: BOM, HTTP charset, meta charset, detection; GBK as GB18030; contradicted metas."""
from __future__ import annotations

import codecs
import re

import pytest

from newscrawl.text.decode import declared_charset, decode_html, normalise_charset, sniff_charset
from tests.conftest import corpus_path

TEXT = "<p>海门区委宣传部许丛军摄。南通日报记者陈静报道，镕基（GB18030 才有的字：䶮）</p>"


def page(meta: str | None) -> str:
    head = f'<meta http-equiv="Content-Type" content="text/html; charset={meta}">' if meta else ""
    return f"<html><head>{head}<title>标题</title></head><body>{TEXT}</body></html>"


@pytest.mark.parametrize("name, codec", [
    ("gb2312", "gb18030"), ("GBK", "gb18030"), ("x-gbk", "gb18030"), ("GB18030", "gb18030"),
    ("big5", "big5hkscs"), ("UTF8", "utf-8"), ("utf-8", "utf-8"), ('"utf-8"', "utf-8"),
    ("no-such-charset", None), ("", None), (None, None),
])
def test_normalise_charset(name, codec):
    assert normalise_charset(name) == codec


@pytest.mark.parametrize("meta", ["gb2312", "gbk", "GB18030"])
def test_gbk_family_decodes_as_gb18030(meta):
    data = page(meta).encode("gb18030")
    text, codec = decode_html(data)
    assert codec == "gb18030" and TEXT in text


def test_http_header_wins_over_meta():
    data = page("utf-8").encode("gb18030")  # the meta lies, the header is right
    text, codec = decode_html(data, "text/html; charset=GBK")
    assert codec == "gb18030" and TEXT in text


def test_utf8_bytes_under_a_gb2312_meta_are_utf8():
    data = page("gb2312").encode("utf-8")
    text, codec = decode_html(data)
    assert codec == "utf-8" and TEXT in text


def test_utf8_bytes_under_a_wrong_header_are_utf8():
    text, codec = decode_html(page(None).encode("utf-8"), "text/html; charset=gbk")
    assert codec == "utf-8" and TEXT in text


def test_big5():
    big5_text = "<p>臺灣新聞報導，記者陳靜攝影。</p>"
    data = f'<meta charset="big5">{big5_text}'.encode("big5")
    text, codec = decode_html(data)
    assert codec == "big5hkscs" and big5_text in text


def test_undeclared_gbk_and_big5_are_detected():
    gbk = page(None).encode("gb18030")
    assert decode_html(gbk)[0].count("海门区委宣传部") == 1
    big5 = ("<p>" + "臺灣新聞報導，記者陳靜攝影，這是一篇關於颱風的長篇報導。" * 5 + "</p>").encode("big5")
    assert sniff_charset(big5) == "big5hkscs"
    assert sniff_charset(page(None).encode("utf-8")) == "utf-8"


@pytest.mark.parametrize("bom, enc", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
def test_bom(bom, enc):
    text, codec = decode_html(bom + page("gb2312").encode(enc))
    assert codec == enc and TEXT in text and not text.startswith("\ufeff")


def test_declared_charset_reads_both_meta_forms():
    assert declared_charset(b'<meta charset="GBK">') == "gb18030"
    assert declared_charset(b"<meta http-equiv=Content-Type content='text/html; charset=big5'>") == "big5hkscs"
    assert declared_charset(b"<p>no meta</p>") is None


def test_never_raises_on_garbage():
    text, codec = decode_html(bytes(range(256)) * 10, "text/html; charset=bogus")
    assert isinstance(text, str) and codec


def test_corpus_pages_decode_without_replacement_characters():
    """Every magic-zh page is UTF-8 whatever its meta says; cn-extract's GBK pages decode as GB18030."""
    for folder in ("magic-zh", "cn-extract"):
        for path in sorted(corpus_path(folder).glob("*.html")):
            text, codec = decode_html(path.read_bytes())
            if folder == "magic-zh":
                assert codec == "utf-8", path.name
            assert text.count("\ufffd") <= 2, path.name


GBK_NEWS = ("<p>　　本报讯（记者陈静 通讯员黄天玲）12月31日上午，海门区召开全区经济工作会议，总结今年工作，"
            "部署明年任务。区委书记在会上强调，要坚定信心、真抓实干，奋力推进现代化示范区建设。</p>") * 3


@pytest.mark.parametrize("label", ["utf-8", "UTF8", "big5"])
@pytest.mark.parametrize("where", ["header", "meta"])
def test_gbk_bytes_under_a_wrong_label_fall_through_to_detection(label, where):
    """A UTF-8 or Big5 label on GBK bytes does not decode cleanly, so detection decides (it was kept,
    and the page came out as U+FFFD soup: binary_content)."""
    meta = f"<meta charset={label}>" if where == "meta" else ""
    html = f"<html><head>{meta}<title>海门</title></head><body>{GBK_NEWS}</body></html>"
    text, codec = decode_html(html.encode("gbk"), f"text/html; charset={label}" if where == "header" else None)
    assert codec == "gb18030" and GBK_NEWS in text and "\ufffd" not in text


@pytest.mark.parametrize("label", ["utf-8", "big5"])
def test_real_gbk_page_under_a_wrong_label_is_gbk(label):
    for path in sorted(corpus_path("cn-extract").glob("*.html")):
        data = path.read_bytes()
        if decode_html(data)[1] != "gb18030":
            continue
        for ctype in (f"text/html; charset={label}", None):
            relabelled = data if ctype else re.sub(rb"(<meta[^>]+?charset\s*=\s*[\"']?\s*)[\w.:-]+",
                                                   rb"\g<1>" + label.encode(), data, count=1, flags=re.IGNORECASE)
            text, codec = decode_html(relabelled, ctype)
            assert codec == "gb18030", (path.name, ctype)
            assert text.count("\ufffd") <= 2, path.name


def test_a_few_bad_bytes_keep_the_declaration():
    """Declared and nearly clean: the declaration stands (UTF-8, GBK and Big5 pages with one broken byte)."""
    utf8 = page("utf-8").encode("utf-8").replace("许丛军".encode(), b"\xff")
    assert decode_html(utf8)[1] == "utf-8"
    gbk = page("gbk").encode("gb18030").replace("许丛军".encode("gbk"), b"\xff")
    assert decode_html(gbk)[1] == "gb18030"
    big5_text = "<p>臺灣新聞報導，記者陳靜攝影，這是一篇關於颱風的長篇報導。</p>" * 3
    big5 = f'<meta charset="big5">{big5_text}'.encode("big5") + b"\xff"
    text, codec = decode_html(big5)
    assert codec == "big5hkscs" and big5_text in text
