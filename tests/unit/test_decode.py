"""newscrawl.pages.decode: BOM, HTTP charset, meta charset, detection; GBK as GB18030; contradicted metas."""
from __future__ import annotations

import codecs

import pytest

from newscrawl.pages.decode import decode_html, declared_charset, normalise_charset, sniff_charset
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
