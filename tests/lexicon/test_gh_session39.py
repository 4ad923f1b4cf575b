"""Bulk spam in issue trackers, comment boxes and guestbooks, and the text that answers it in the
same places (session 39, gh, holdout81).

The spam itself (long lines stuffing 代考 / 办证 / 刻章 with a contact repeated under disguises)
was found already; what was flagged wrongly was the anti-spam side: a filter's banned-word list,
its regex, a YAML block of keywords, a test fixture feeding it a spam line, a dataset's label map
and CSV rows, a markdown table of keywords, a shell search over comments, a file of new keywords
and a dataset's description. The stance stage now reads a code-shaped line (or the head of its
block) as a strong report cue (:mod:`lexicon.codeshape`). Besides: 多邻国 and FRM are exams in
the training pack's sight, a t.me link is a Telegram mention, and 同号 or an English "ID" may stand
between a contact's key and its id.

Written for these tests in the project's own words (not the held-out set's).
"""

from __future__ import annotations

import pytest

from lexicon.codeshape import code_shaped
from lexicon.contacts import contact_spans, extract_contacts
from lexicon.normalize import normalize
from tests.lexicon.scanning import ALL, categories, rule_ids


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ('BLOCK = ["包过", "免考", "办证"]', "赋值"),
        ('    assert spam_check("托福代考 私聊") is True', "语句"),
        ('rx = re.compile(r"刻章|办证")', "函数调用"),
        ('words.add("办证")', "函数调用"),
        ('"代考", "替考", "枪手"', "引号词表"),
        ('egrep "代考|办证|刻章" dump.txt', "正则"),
        ("grep -n 办证 replies.txt", "命令"),
        ("- fake_cert: 办证、刻章", "标识符"),
        ("7,exam_cheat,替考,0.6", "标识符"),
        ("新增词条见 banned_zh.yaml：代考 办证", "文件名"),
        ("2026-10-02 09:15:44 INFO filter dropped reply 17: 办证刻章", "日志"),
        ("word_list:\n  - 代考\n  - 办证", "配置键"),
        ("id,kind,word\n1,exam,代考", "表头"),
        ("| 词 | Keyword |\n|---|---|\n| 代考 | daikao |", "词表表头"),
    ],
)
def test_code_shapes_are_named(text: str, label: str) -> None:
    at = max(text.rfind("代考"), text.rfind("办证"), text.rfind("替考"))
    assert at >= 0
    assert code_shaped(text, at) == label


@pytest.mark.parametrize(
    "text",
    [
        # the spam's own trappings: hashtags, markdown headings and links, handles with an
        # underscore, keyboard noise, a title line with a colon, bracketed SEO titles
        "#代考 #办证 雅思托福代考 加V kz_8831",
        "## 本店承接 ##\n代考 办证 刻章 VX：kz-5521",
        "[点我咨询](http://ex.example) 代考 包过 微信 tz_0099",
        "Title: 代考团队\n雅思代考 远程 薇 abc 1 2 3",
        "【官方】【可查】代考 办证 qwe asd zxc 扣扣 三三五五",
        "| 证书 | 价格 |\n|---|---|\n| 办证 | 八百一本 |",
    ],
)
def test_spam_trappings_are_no_code(text: str) -> None:
    at = max(text.rfind("代考"), text.rfind("办证"))
    assert code_shaped(text, at) is None


def test_a_long_line_is_read_near_the_candidate_only() -> None:
    text = "x = [1]" + "，" * 400 + "代考 包过 加微信 kz8831"
    assert code_shaped(text, text.index("代考")) is None
    assert code_shaped(text, 2) == "赋值"


@pytest.mark.parametrize(
    "text",
    [
        'STOP_WORDS = ["代考", "替考", "办证", "刻章", "假文凭", "包过"]',
        'BAD = re.compile(r"(远程代考|网课代刷|办证|刻章)")',
        "filter:\n  - 高仿证件\n  - 电工证免考\n  - 代考 加微信",
        'def test_spam():\n    assert spam_check("托福代考 加微信 kz8831") is True',
        "sample_id,category,keyword\n1,exam_fraud,代考\n2,fake_certificate,刻章",
        'labels = {1: "代考", 2: "办证刻章", 3: "焊工证免考包过"}',
        "| 类型 | 关键词 |\n|---|---|\n| 证件 | 办证、刻章、假文凭 |\n| 考试 | 代考、替考 |",
        'grep -c "代考|办证|刻章" replies.log',
        "blocked_zh.txt 新增：高处作业证 包过、电工证 免考 可查",
        "我们整理了一个数据集，收集了三万条垃圾评论，多是代考广告和办证刻章广告",
    ],
)
def test_anti_spam_code_and_lists_stay_silent(det, text: str) -> None:
    assert rule_ids(det, text, ALL) == set()


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("雅思托福GRE代考 远程代考 包过 微信 kz 8 8 3 1 2 QQ 三三五六七八九", "exam_fraud"),
        (
            "## 各类证件办理 ##\n毕业证 学位证 刻章 发票 学信网可查 薇 bz 九九八八",
            "fake_certificate",
        ),
        ("电工证 焊工证 高处作业证 免考 可查 七天出证 VX tz_0099 VX tz_0099", "certificate_sale"),
        ("多邻国 远程代考 三天出分 私聊", "exam_fraud"),
        ("FRM 替考 包过 加微信 frm2288", "exam_fraud"),
    ],
)
def test_the_spam_itself_is_still_found(det, text: str, category: str) -> None:
    assert category in categories(det, text, ALL)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("焊工证 不用考 需要的点 https://t.me/hg_fast", True),
        ("see t.me/abcdef for docs", True),
        ("this chat.me page", False),
    ],
)
def test_telegram_links_are_contact_mentions(text: str, found: bool) -> None:
    assert bool(contact_spans(normalize(text).text)) is found


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("雅思代考 vx同号 kzz0909", "wechat", "kzz0909"),
        ("办证 QQ/微信同号 3321567", "qq", "3321567"),
        ("IELTS help, WeChat ID: kz88312", "wechat", "kz88312"),
    ],
)
def test_a_contact_after_tonghao_or_an_english_id(text: str, kind: str, value: str) -> None:
    found = extract_contacts(text)
    assert (kind, value) in {(c.kind, c.value) for c in found}


@pytest.mark.parametrize(
    ("text", "silent"),
    [
        # a reply quoting the spam comment it answers, a moderator's line under it
        ("> 焊工证 登高证 免考 可查 加V hg6611\n\n这条已删除，账号已封", True),
        ("> 雅思代考 包过 微信 ys_8899\n广告机器人，已举报", True),
        # the quoted comment alone, or under a line that does not report it, is still an offer
        ("> 焊工证 登高证 免考 可查 加V hg6611", False),
        ("> 焊工证 登高证 免考 可查 加V hg6611\n\n有需要的速度", False),
    ],
)
def test_a_quoted_comment_under_a_moderators_line(det, text: str, silent: bool) -> None:
    assert (rule_ids(det, text, ALL) == set()) is silent
