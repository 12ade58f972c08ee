"""Traditional-script pages (Hong Kong, Taiwan, Macau sites): role words, labels, outlet names and dates read
with the simplified word lists (newscrawl.text.traditional), names given back as the page writes them.
Synthetic pages and lines; gold by the corpus labelling rules."""
from __future__ import annotations

import pytest

from newscrawl.pages.generic import extract
from newscrawl.pages.generic.dates import date_in_lines
from newscrawl.text.bylines import parse_byline
from newscrawl.text.names import is_outlet, is_plausible_name
from newscrawl.text.traditional import restore, to_simplified

PARAS = "".join(f"<p>{p}</p>" for p in (
    "行政院今天召開院會，通過多項法案，包括強化長照服務及提高基層醫護人員待遇的相關措施。",
    "院長表示，政府將持續投入資源，改善偏鄉地區的醫療環境，讓民眾都能享有完善的照顧。",
    "多位立委對此表示肯定，但也呼籲相關部會應加速落實，避免政策流於空談，讓基層真正受惠。",
    "據了解，相關預算將在下半年度編列，預計明年起逐步實施，受惠人數估計超過十萬人。",
))
TITLE = "行政院通過長照新措施 基層醫護待遇提高"


def page(info: str, first: str = "", tail: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE} - 新聞網</title></head>
<body><div class="nav"><a href="/">首頁</a> <a href="/n">政治</a> <a href="/l">生活</a></div>
<div class="main"><h1>{TITLE}</h1>{info}<div class="article-body">{first}{PARAS}{tail}</div></div>
<div class="foot">© 2023 新聞網 版權所有</div></body></html>"""


def fields(html: str) -> dict:
    r = extract(html, "https://news.example.com.tw/n/1")
    return {k: r[k] for k in ("published_at", "authors", "editors", "photographers", "source")}


def test_agency_dateline_names_the_reporter_glued_to_the_place():
    f = fields(page('<div class="info"><span>2023/05/03 14:20（最後更新：2023/05/04 16:05）</span></div>',
                    first="<p>（中央社記者陳怡君台北3日電）行政院今天召開院會，通過多項法案。</p>",
                    tail="<p>（編輯：鄭明達）</p>"))
    assert f["authors"] == ["陳怡君"] and f["editors"] == ["鄭明達"]
    assert f["published_at"] == "2023-05-03T14:20:00+08:00"


def test_reporter_slash_place_report_in_the_info_bar_and_an_editor_line():
    f = fields(page('<div class="info"><span>2023/05/03 14:20</span> <span>記者王小明／台北報導</span></div>',
                    tail="<p>責任編輯：李大華</p>"))
    assert (f["authors"], f["editors"]) == (["王小明"], ["李大華"])


def test_bracketed_reporter_place_report_opening_the_body():
    f = fields(page('<div class="info">發布時間：2023-05-03 10:20　更新時間：2023-05-04 08:00</div>',
                    first="<p>【記者林志強／台中報導】</p>"))
    assert f["authors"] == ["林志強"] and f["published_at"] == "2023-05-03T10:20:00+08:00"


def test_hong_kong_labels_writer_photographer_and_source():
    f = fields(page('<div class="info"><p>發佈時間：2023年5月3日 星期三 14:20</p><p>文／張家豪　攝影：黃志明</p>'
                    '<p>來源：明報</p></div>'))
    assert f == {"published_at": "2023-05-03T14:20:00+08:00", "authors": ["張家豪"], "editors": [],
                 "photographers": ["黃志明"], "source": "明報"}


@pytest.mark.parametrize("line, authors, source", [
    ("作者：顏欣怡、龔美琪", ["顏欣怡", "龔美琪"], None),
    ("撰文：蔡宗翰　編輯：蕭雅文", ["蔡宗翰"], None),
    ("來源：自由時報", [], "自由時報"),
    ("（中央社記者陳怡君、鄧佳慧東京3日專電）", ["陳怡君", "鄧佳慧"], None),
])
def test_traditional_byline_lines(line, authors, source):
    b = parse_byline(line)
    assert (b.authors, b.source) == (authors, source)


def test_names_and_outlets_in_traditional_script():
    assert all(is_plausible_name(n) for n in ("陳怡君", "顏欣怡", "蕭雅文", "歐陽娜娜", "鄭明達"))
    assert is_outlet("明報") and is_outlet("聯合新聞網") and not is_plausible_name("明報")


def test_traditional_date_labels():
    assert date_in_lines(["更新時間：2023-05-04 08:00 發布時間：2023-05-03 10:20"]) == "2023-05-03T10:20:00+08:00"
    assert date_in_lines(["註冊時間：2019-01-02", "發表於 2023-05-03 10:20"], cued=True) == "2023-05-03T10:20:00+08:00"


def test_mapping_keeps_positions():
    text = "（中央社記者陳怡君台北3日電）"
    simple = to_simplified(text)
    assert len(simple) == len(text) and simple == "（中央社记者陈怡君台北3日电）"
    assert restore("陈怡君", simple, text) == "陳怡君"
