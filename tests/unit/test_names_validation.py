"""newscrawl.text.names: what may stand as an author (a person or an account) and what never may."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscrawl.text.names import (
    PLACEHOLDERS,
    is_author_name,
    is_latin_name,
    is_non_author,
    is_organisation,
    is_outlet,
    is_placeholder,
    is_platform,
    is_plausible_name,
    is_role_word,
    is_ui_text,
)

# persons: 2–4 character Chinese names (single and compound surnames), ·-joined (ethnic-minority, transliterated)
# names, romanised names
CHINESE_NAMES = ["张明", "王小红", "李雷", "陈静", "许丛军", "彭博文", "全文杰"]
COMPOUND_SURNAME_NAMES = ["欧阳晓峰", "司马南风", "诸葛亮", "上官云", "欧阳五"]
DOT_NAMES = ["阿卜杜勒·哈米德", "买买提·艾力", "热依拉·买买提", "扎西·次仁"]
LATIN_NAMES = ["Joel Spolsky", "John Smith", "J. K. Rowling", "Mary O'Brien"]
PEOPLE = CHINESE_NAMES + COMPOUND_SURNAME_NAMES + DOT_NAMES + LATIN_NAMES
# accounts and forum/blog users (handles), some ending in a character organisations end in too
ACCOUNTS = ["去旅行的猫", "GameForce", "风吹麦浪x8", "华夏人文", "城市报道君", "zboygirl", "去驴行", "美食驿站",
            "放飞&心情", "私~川流", "エミりん", "苏皖城市报道"]
OUTLETS = ["参考消息", "新华社", "光明日报", "某某晚报", "某某新闻网", "某市电视台", "某某通讯社", "某某客户端",
           "某某传媒", "某某杂志", "某某周刊", "某某频道", "Reuters", "新华日报·交汇点", "人民日报海外版", "央视新闻",
           "某某新闻客户端号", "中国网", "江城广播电视台", "江城融媒"]
# platform labels, self-media channels, ad vendors, domains
PLATFORMS = ["新浪科技", "澎湃号", "百家号", "头条号", "CSDN.NET", "CSDN", "Taboola", "某某财经", "某某科技",
             "CSDN博客", "Outbrain", "example.com", "某某自媒体"]
CHANNEL_ACCOUNTS = ["澎湃新闻·澎湃号·政务", "澎湃号·政务", "澎湃号·湃客", "某某日报·某某号"]
PLATFORMS += CHANNEL_ACCOUNTS
SLOGANS = ["扫一扫查看详情", "成就一亿技术人!", "点击关注", "下载客户端", "返回首页", "欢迎你！", "更多精彩",
           "扫码下载", "回复", "推广"]
PLACEHOLDER_TEXTS = ["未知", "佚名", "系统管理员", "admin", "Admin", "ADMIN", "匿名", "不详", "管理员",
                     "网友10号", "游客_8a2f", "guest42", "匿名用户123", "网友小李"]  # numbered, or 网友/游客/匿名 …
# organisations: never an author; an account name ending in 行/站/园 … is one only with a longer ending
ORGANISATIONS = ["某市公安局", "海门区委宣传部", "上海发布", "无锡交警", "江城第一中学", "招商银行", "社区服务站",
                 "某某官方账号", "某某消防"]
ROLE_TEXTS = ["选稿", "记者", "责任编辑", "编辑：", "选稿：许文明", "本报记者张明", "摄影"]
OTHER = ["", "  ", "2021-12-01", "12:30", "https://example.com", "陈静黄天玲俞新美", "王五李四", "Xinhua News",
         "Editorial Staff", "张", "这是一个很长的句子不是名字也不是账号的名称"]


@pytest.mark.parametrize("s", PEOPLE)
def test_people_pass_both(s):
    assert is_plausible_name(s) and is_author_name(s)


@pytest.mark.parametrize("s", ACCOUNTS)
def test_accounts_are_authors_not_people(s):
    assert is_author_name(s)


@pytest.mark.parametrize("s", OUTLETS + PLATFORMS + SLOGANS + PLACEHOLDER_TEXTS + ROLE_TEXTS + ORGANISATIONS + OTHER)
def test_never_an_author(s):
    assert not is_author_name(s)
    assert not is_plausible_name(s)


@pytest.mark.parametrize("s", OUTLETS + PLATFORMS + SLOGANS + PLACEHOLDER_TEXTS + ORGANISATIONS
                         + ["选稿", "记者", "责任编辑", "编辑：", "摄影"])
def test_non_authors(s):
    assert is_non_author(s)


@pytest.mark.parametrize("s", PEOPLE + ACCOUNTS)
def test_people_and_accounts_are_no_non_authors(s):
    assert not is_non_author(s)


@pytest.mark.parametrize("s", ORGANISATIONS)
def test_organisations(s):
    assert is_organisation(s) and is_organisation(s, handle=True)


def test_weak_organisation_endings_need_a_longer_one_in_handles():
    assert is_organisation("美食驿站") and not is_organisation("美食驿站", handle=True)
    assert is_organisation("社区服务站", handle=True) and is_organisation("海门县", handle=True)


def test_outlet_and_platform_words_inside_a_sentence_make_no_outlet():
    assert not is_outlet("记者今天从国家知识产权局第四季度例行新闻发布会上了解到")
    assert not is_platform("他在某某澎湃号上发表了一篇很长的文章介绍情况")


@pytest.mark.parametrize("s", OUTLETS)
def test_outlets(s):
    assert is_outlet(s) and is_organisation(s)


@pytest.mark.parametrize("s", PLATFORMS)
def test_platforms(s):
    assert is_platform(s) and is_organisation(s)


@pytest.mark.parametrize("s", PEOPLE + ACCOUNTS)
def test_people_and_accounts_are_no_outlet_or_platform(s):
    assert not is_outlet(s) and not is_platform(s) and not is_organisation(s, handle=True)


@pytest.mark.parametrize("s", SLOGANS)
def test_slogans(s):
    assert is_ui_text(s)


@pytest.mark.parametrize("s", PLACEHOLDER_TEXTS)
def test_placeholders(s):
    assert is_placeholder(s)


def test_placeholder_set_keeps_its_case_variants():
    assert {"未知", "佚名", "admin", "Admin", "None", "none"} <= PLACEHOLDERS


@pytest.mark.parametrize("s, ok", [
    ("选稿", True), ("责任编辑：", True), ("记者", True), ("许文明", False), ("选稿：许文明", False),
])
def test_role_words(s, ok):
    assert is_role_word(s) is ok


@pytest.mark.parametrize("s, ok", [
    ("Joel Spolsky", True), ("J. K. Rowling", True), ("GameForce", True), ("Xinhua News", False),
    ("admin", False), ("the news", False), ("CSDN.NET", False),
])
def test_latin_names(s, ok):
    assert is_latin_name(s) is ok


@pytest.mark.parametrize("s, ok", [
    ("王五", True), ("王", False),            # a 1-character given name only after a surname
    ("欧阳五", True), ("欧阳娜娜", True),      # compound surnames
    ("王小红红", False),                       # a single surname takes at most 2 given characters
    ("新华", False), ("南通日报", False),
])
def test_chinese_name_structure(s, ok):
    assert is_plausible_name(s) is ok


@given(st.text(max_size=30))
@settings(max_examples=300, deadline=None)
def test_validation_never_raises(s):
    for f in (is_author_name, is_non_author, is_plausible_name, is_outlet, is_platform, is_organisation, is_ui_text,
              is_placeholder, is_role_word, is_latin_name):
        assert f(s) in (True, False)
