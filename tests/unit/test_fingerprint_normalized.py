"""fingerprint.normalized drops exactly the characters regex ``\\s`` matches (what it did with a regex)."""
import re

from newscrawl.text.fingerprint import normalized

WHITESPACE = re.compile(r"\s+")   # what normalized() used to remove


def test_normalized_removes_what_regex_whitespace_matches_for_every_code_point():
    text = "".join(f"a{chr(c)}" for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert normalized(text) == WHITESPACE.sub("", text)


def test_normalized_edge_cases():
    assert normalized(None) == "" and normalized("") == "" and normalized(" \t\n\u3000\xa0") == ""
    assert normalized(" 中 文\u3000内容\r\n x ") == "中文内容x"
