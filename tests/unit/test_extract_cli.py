"""`newscrawl extract FILE… [--url URL]`: one JSON object per file per line, errors as objects, exit status."""
from __future__ import annotations

import json
import resource
import subprocess
import sys

from click.testing import CliRunner

from newscrawl.cli.extract import FIELDS, extract_file
from newscrawl.cli.main import cli
from tests.conftest import ROOT, corpus_path

PAGE = """<html><head><meta charset="gb2312"><title>海门推进示范区建设_南通日报</title></head><body>
<h1>海门推进示范区建设</h1><div class="info">2021年12月31日 11:38 来源：南通日报</div>
<div class="content"><p>文：陈静黄天玲俞新美</p>""" + "".join(
    f"<p>第{i}段：海门区今年推进现代化示范区建设，全区上下凝心聚力，各项工作取得新进展。</p>" for i in range(5)
) + """<p><img src="/p/1.jpg" alt="海门港"></p></div></body></html>"""


def run(*args: str):
    return CliRunner().invoke(cli, ["extract", *args])


def test_gbk_page_gives_fields_in_order(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("gbk"))
    result = run(str(path), "--url", "http://www.ntrb.example.cn/a/1.html")
    assert result.exit_code == 0, result.output
    obj = json.loads(result.output)
    assert list(obj)[:len(FIELDS)] == list(FIELDS)  # then how the fields were found (body_from …)
    assert obj["body_from"] == "ours" and 0 <= obj["body_confidence"] <= 1
    assert obj["file"] == str(path)
    assert obj["title"] == "海门推进示范区建设"
    assert obj["authors"] == ["陈静", "黄天玲", "俞新美"]
    assert obj["source"] == "南通日报"
    assert obj["published_at"] == "2021-12-31T11:38:00+08:00"
    assert obj["content_text"].startswith("第0段：海门区")
    assert 'src="http://www.ntrb.example.cn/p/1.jpg"' in obj["content_html"]


def test_bad_files_give_error_objects_and_the_rest_still_come_out(tmp_path):
    good = tmp_path / "good.html"
    good.write_text(PAGE, encoding="utf-8")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    binary = tmp_path / "x.html"
    binary.write_bytes(bytes(range(256)) * 100)
    huge = tmp_path / "huge.html"
    huge.write_bytes(b"<html><body><p>" + "新闻".encode() * 3_500_000 + b"</p></body></html>")  # 21 MB
    listing = tmp_path / "list.html"
    listing.write_text("<html><body><ul>" + "".join(f'<li><a href="/a/{i}.html">新闻标题第{i}条，很长的标题</a></li>'
                                                     for i in range(60)) + "</ul></body></html>", encoding="utf-8")
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 10_000 + PAGE + "</div>" * 10_000 + "</body></html>", encoding="utf-8")
    files = [empty, tmp_path / "missing.html", binary, huge, listing, deep, good]
    result = run(*map(str, files))
    assert result.exit_code == 1
    lines = [json.loads(x) for x in result.output.splitlines()]
    assert [x["file"] for x in lines] == [str(f) for f in files]
    assert lines[0]["error"].startswith("empty_page")
    assert lines[1]["error"].startswith("unreadable")
    assert lines[2]["error"].startswith("binary_content")
    assert lines[3]["error"].startswith("too_large")
    assert lines[4]["error"].startswith("no_article_body")
    assert "error" not in lines[5] and lines[5]["content_text"].startswith("第0段：海门区")
    assert "error" not in lines[6] and lines[6]["title"] == "海门推进示范区建设"


def test_seed_post(seed_post):
    obj = extract_file(seed_post)
    assert list(obj) == list(FIELDS)
    assert obj["authors"] == ["陈静", "黄天玲", "俞新美"]
    assert obj["photographers"] == ["许丛军"] and obj["organisations"] == ["海门区委宣传部"]
    assert obj["source"] == "南通日报"
    assert obj["published_at"] == "2021-12-31T11:38:35+08:00"
    assert "文：陈静" not in obj["content_text"]


def test_real_gbk_page():
    page = min(corpus_path("cn-extract").glob("3e1af229*.html"))
    obj = extract_file(page)
    assert obj["authors"] == ["王建宏", "张文攀"]
    assert obj["published_at"] == "2022-02-13T09:57:00+08:00"


def test_help_documents_the_command():
    result = run("--help")
    assert result.exit_code == 0 and "one JSON object per file" in result.output


def _limit_memory() -> None:
    """Address space capped at 2 GiB: the old whole-file read of /dev/zero died here (MemoryError), not in
    the machine's swap."""
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def test_endless_file_and_stdin_are_refused_after_the_limit():
    """`extract /dev/zero` (and a huge standard input as /dev/stdin) reads at most the 10 MB page limit + 1
    byte and refuses the file in one line, exit 1; it read everything first (MemoryError, a traceback)."""
    cmd = [sys.executable, "-m", "newscrawl", "extract", "/dev/zero", "/dev/stdin"]
    with open("/dev/zero", "rb") as zeros:
        result = subprocess.run(cmd, stdin=zeros, capture_output=True, text=True, cwd=ROOT, timeout=120,
                                preexec_fn=_limit_memory, check=False)
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert lines == [{"file": f, "error": "too_large: over 10,485,760 bytes (the page limit)"}
                     for f in ("/dev/zero", "/dev/stdin")]
